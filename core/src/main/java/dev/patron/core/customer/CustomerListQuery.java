package dev.patron.core.customer;

import dev.patron.kit.page.PageRequest;
import dev.patron.api.problem.FieldError;
import dev.patron.api.problem.Problems;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A customer list request: an optional search ({@code q}), filters, a sort and a page.
 *
 * <p>With {@code q}, results come in order of the matched value (name, email, phone digits,
 * company or reference), so a search walks its index and stops after one page; {@code sort} then
 * cannot be chosen.
 */
public record CustomerListQuery(
    String query,
    String email,
    String referenceId,
    Instant updatedSince,
    CustomerSort sort,
    PageRequest page) {

  static final int QUERY_MAX = 100;

  /** Reads the query parameters; a 400 naming every invalid one. */
  public static CustomerListQuery parse(Function<String, String> params, PageRequest page) {
    List<FieldError> errors = new ArrayList<>();
    String q = trimToNull(params.apply("q"));
    String folded = null;
    if (q != null) {
      folded = SearchTerms.foldQuery(q);
      if (q.length() > QUERY_MAX) {
        errors.add(new FieldError("q", "must be at most " + QUERY_MAX + " characters"));
      } else if (folded.isEmpty()) {
        errors.add(new FieldError("q", "must contain a letter or digit"));
      }
    }
    String email = trimToNull(params.apply("email"));
    if (email != null && email.length() > CustomerReader.EMAIL_MAX) {
      errors.add(new FieldError("email", "must be at most " + CustomerReader.EMAIL_MAX + " characters"));
    }
    String referenceId = trimToNull(params.apply("referenceId"));
    if (referenceId != null && referenceId.length() > CustomerReader.REFERENCE_ID_MAX) {
      errors.add(new FieldError("referenceId", "must be at most " + CustomerReader.REFERENCE_ID_MAX + " characters"));
    }
    Instant updatedSince = null;
    String since = trimToNull(params.apply("updatedSince"));
    if (since != null) {
      try {
        updatedSince = OffsetDateTime.parse(since).toInstant();
      } catch (DateTimeParseException e) {
        errors.add(new FieldError("updatedSince", "must be an RFC 3339 timestamp such as 2026-01-31T18:30:00Z"));
      }
    }
    String sortParam = trimToNull(params.apply("sort"));
    CustomerSort sort = CustomerSort.NAME;
    if (sortParam != null) {
      sort = CustomerSort.fromParam(sortParam);
      if (sort == null) {
        errors.add(new FieldError("sort", "must be one of " + CustomerSort.allowed()));
      } else if (q != null) {
        errors.add(new FieldError("sort", "cannot be combined with q: search results come in order of the matched value"));
      }
    }
    if (!errors.isEmpty()) {
      throw Problems.validation(errors);
    }
    return new CustomerListQuery(folded, email, referenceId, updatedSince, sort, page);
  }

  /** The same search, filters and sort for another page (the next one of an export). */
  public CustomerListQuery withPage(PageRequest other) {
    return new CustomerListQuery(query, email, referenceId, updatedSince, sort, other);
  }

  private static String trimToNull(String value) {
    if (value == null) {
      return null;
    }
    String trimmed = value.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }
}
