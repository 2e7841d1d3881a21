package dev.patron.plugins.invoicing.invoice;

import dev.patron.kit.http.PageParams;
import dev.patron.kit.page.PageRequest;
import dev.patron.kit.http.QueryParams;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;

/** {@code GET /invoices?customerId=&status=&limit=&cursor=}: both filters optional. */
public record InvoiceListQuery(UUID customerId, InvoiceStatus status, PageRequest page) {

  public static InvoiceListQuery from(RoutingContext rc) {
    return new InvoiceListQuery(QueryParams.uuid(rc, "customerId"),
        QueryParams.enumValue(rc, "status", InvoiceStatus.class), PageParams.from(rc));
  }
}
