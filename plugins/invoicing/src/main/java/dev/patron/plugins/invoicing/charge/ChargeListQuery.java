package dev.patron.plugins.invoicing.charge;

import dev.patron.kit.http.PageParams;
import dev.patron.kit.page.PageRequest;
import dev.patron.kit.http.QueryParams;
import io.vertx.ext.web.RoutingContext;

/** {@code GET /customers/{id}/charges?status=PENDING|INVOICED|CANCELLED&limit=&cursor=}, oldest first. */
public record ChargeListQuery(Charge.Status status, PageRequest page) {

  public static ChargeListQuery from(RoutingContext rc) {
    return new ChargeListQuery(QueryParams.enumValue(rc, "status", Charge.Status.class), PageParams.from(rc));
  }
}
