package dev.patron.plugins.giftcards;

import dev.patron.kit.http.PageParams;
import dev.patron.kit.page.PageRequest;
import dev.patron.api.problem.FieldError;
import dev.patron.api.problem.Problems;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** {@code GET /cards?customerId=&state=&limit=&cursor=}: optional filters and a page. */
record CardListQuery(UUID customerId, CardState state, PageRequest page) {

  /** Reads the query parameters; a 400 naming every invalid one. */
  static CardListQuery from(RoutingContext rc) {
    List<FieldError> errors = new ArrayList<>();
    UUID customerId = null;
    String customer = rc.queryParams().get("customerId");
    if (customer != null) {
      customerId = uuid(customer);
      if (customerId == null) {
        errors.add(new FieldError("customerId", "must be a customer id (UUID)"));
      }
    }
    CardState state = null;
    String stateParam = rc.queryParams().get("state");
    if (stateParam != null) {
      try {
        state = CardState.valueOf(stateParam);
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("state", "must be one of PENDING, ACTIVE, DEACTIVATED"));
      }
    }
    if (!errors.isEmpty()) {
      throw Problems.validation(errors);
    }
    return new CardListQuery(customerId, state, PageParams.from(rc));
  }

  /** A UUID in its canonical form only, as everywhere else in the API; {@code null} otherwise. */
  private static UUID uuid(String text) {
    try {
      UUID id = UUID.fromString(text);
      return id.toString().equalsIgnoreCase(text) ? id : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
