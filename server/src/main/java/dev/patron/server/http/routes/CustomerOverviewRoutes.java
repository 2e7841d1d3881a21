package dev.patron.server.http.routes;

import dev.patron.core.customer.CustomerService;
import dev.patron.core.tenant.TenantContext;
import dev.patron.kit.http.Requests;
import dev.patron.kit.http.Responses;
import dev.patron.server.http.Endpoints;
import dev.patron.server.http.auth.TenantAuthHandler;
import dev.patron.server.plugins.overview.PluginOverviews;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /api/v1/customers/{id}/overview}: the customer and each enabled plugin's section about
 * them in one answer, for the till and the back office. A plugin's failure or delay is an error
 * entry naming it, never a failed answer. No {@code ETag}: sections change without the customer's
 * version changing, so the version (in {@code customer}) serves only for a later write's {@code
 * If-Match}.
 */
public final class CustomerOverviewRoutes {

  private final CustomerService customers;
  private final PluginOverviews overviews;

  public CustomerOverviewRoutes(CustomerService customers, PluginOverviews overviews) {
    this.customers = customers;
    this.overviews = overviews;
  }

  public void register(Endpoints endpoints) {
    endpoints.get("/customers/:customerId/overview", this::overview);
  }

  private Future<?> overview(RoutingContext rc) {
    TenantContext context = TenantAuthHandler.context(rc);
    return customers.get(context, Requests.pathId(rc, "customerId", "customer"))
        .compose(customer -> overviews.collect(context, customer)
            .compose(overview -> Responses.ok(rc, overview.toJson(CustomerService.toJson(customer, context)))));
  }
}
