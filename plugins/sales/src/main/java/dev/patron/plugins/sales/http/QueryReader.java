package dev.patron.plugins.sales.http;

import dev.patron.api.problem.FieldError;
import dev.patron.api.problem.Problems;
import dev.patron.kit.json.Text;
import dev.patron.plugins.sales.history.Period;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the values of a route's query parameters (the host already refused parameters the API
 * document does not declare), collecting every invalid one into one 400.
 */
final class QueryReader {

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

  private final RoutingContext rc;
  private final List<FieldError> errors = new ArrayList<>();

  QueryReader(RoutingContext rc) {
    this.rc = rc;
  }

  /** A date such as {@code 2026-01-31}, from 2000-01-01 to 2099-12-31, or {@code null}. */
  LocalDate date(String name) {
    String raw = raw(name);
    if (raw == null) {
      return null;
    }
    try {
      LocalDate date = DATE.matcher(raw).matches() ? LocalDate.parse(raw) : null;
      if (date != null && date.getYear() >= 2000 && date.getYear() < 2100) {
        return date;
      }
    } catch (DateTimeParseException ignored) {
      // reported below
    }
    errors.add(new FieldError(name, "must be a date from 2000-01-01 to 2099-12-31, such as 2026-01-31"));
    return null;
  }

  /** A month such as {@code 2026-01}, from 2000-01 to 2099-12, or {@code null}. */
  YearMonth month(String name) {
    String raw = raw(name);
    if (raw == null) {
      return null;
    }
    try {
      YearMonth month = MONTH.matcher(raw).matches() ? YearMonth.parse(raw) : null;
      if (month != null && month.getYear() >= 2000 && month.getYear() < 2100) {
        return month;
      }
    } catch (DateTimeParseException ignored) {
      // reported below
    }
    errors.add(new FieldError(name, "must be a month from 2000-01 to 2099-12, such as 2026-01"));
    return null;
  }

  /** {@code from} and {@code to} (both days included); {@code to} not before {@code from}. */
  Period period() {
    LocalDate from = date("from");
    LocalDate to = date("to");
    if (from != null && to != null && to.isBefore(from)) {
      errors.add(new FieldError("to", "must not be before from"));
    }
    return new Period(from, to);
  }

  /** Text of at most {@code maxLength} characters, trimmed; {@code null} when absent or blank. */
  String text(String name, int maxLength) {
    String raw = raw(name);
    if (raw == null) {
      return null;
    }
    String text = Text.strip(raw);
    if (text.isEmpty()) {
      return null;
    }
    if (text.codePointCount(0, text.length()) > maxLength) {
      errors.add(new FieldError(name, "must be at most " + maxLength + " characters"));
      return null;
    }
    return text;
  }

  void required(String name) {
    if (raw(name) == null) {
      errors.add(new FieldError(name, "is required"));
    }
  }

  void error(String name, String message) {
    errors.add(new FieldError(name, message));
  }

  void throwIfInvalid() {
    if (!errors.isEmpty()) {
      throw Problems.validation(errors);
    }
  }

  private String raw(String name) {
    String value = rc.queryParams().get(name);
    return value == null || value.isEmpty() ? null : value;
  }
}
