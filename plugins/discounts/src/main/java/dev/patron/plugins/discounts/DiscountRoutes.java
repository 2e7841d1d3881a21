package dev.patron.plugins.discounts;

import dev.patron.api.plugin.PluginContext;
import dev.patron.api.plugin.PluginRequest;
import dev.patron.api.plugin.RouteContributor;
import dev.patron.api.tenant.Tenant;
import dev.patron.kit.http.Handlers;
import dev.patron.kit.http.Requests;
import dev.patron.kit.http.Responses;
import dev.patron.plugins.support.BeforeSave;
import dev.patron.plugins.support.ResourceRoutes;
import dev.patron.plugins.support.ResourceService;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import org.pf4j.Extension;

/** The plugin's routes under {@code /api/v1/plugins/discounts/}: the template's for discounts, and the quote. */
@Extension
public class DiscountRoutes implements RouteContributor {

  @Override
  public void contribute(Router router, PluginContext context) {
    Clock clock = Clock.systemUTC();
    ResourceRoutes.register(router, context,
        new ResourceService<>(context, clock, DiscountKind.DISCOUNTS, BeforeSave.none()), DiscountKind.defaults(clock));
    QuoteService quotes = new QuoteService(context, clock);
    router.post("/quote").handler(Handlers.of(rc -> quote(rc, quotes)));
  }

  /** A quote writes nothing, so it needs no Idempotency-Key: asking again gives the same answer. */
  private static Future<?> quote(RoutingContext rc, QuoteService quotes) {
    Tenant tenant = PluginRequest.tenant(rc);
    QuoteRequest request = QuoteRequest.read(Requests.jsonObject(rc), tenant.currency());
    return quotes.quote(tenant, request).compose(quote -> Responses.ok(rc, quote.toJson()));
  }
}
