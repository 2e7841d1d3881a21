package dev.patron.plugins.invoicing.charge;

import dev.patron.api.http.PageRequest;
import dev.patron.api.http.QueryParams;
import io.vertx.ext.web.RoutingContext;
import java.util.Set;

/** {@code GET /customers/{id}/charges?status=PENDING|INVOICED|CANCELLED&limit=&cursor=}, oldest first. */
public record ChargeListQuery(Charge.Status status, PageRequest page) {

  static final Set<String> PARAMETERS = Set.of("status", "limit", "cursor");

  public static ChargeListQuery from(RoutingContext rc) {
    QueryParams.only(rc, PARAMETERS);
    return new ChargeListQuery(QueryParams.enumValue(rc, "status", Charge.Status.class), PageRequest.from(rc));
  }
}
