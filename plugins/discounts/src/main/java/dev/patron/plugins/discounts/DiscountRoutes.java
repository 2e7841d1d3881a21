package dev.patron.plugins.discounts;

import dev.patron.kit.http.Handlers;
import dev.patron.api.plugin.PluginContext;
import dev.patron.api.plugin.RouteContributor;
import io.vertx.ext.web.Router;
import java.time.Clock;
import org.pf4j.Extension;

/** The plugin's routes under {@code /api/v1/plugins/discounts/}. */
@Extension
public class DiscountRoutes implements RouteContributor {

  @Override
  public void contribute(Router router, PluginContext context) {
    DiscountHandlers handlers = new DiscountHandlers(context, Clock.systemUTC());
    router.post("/discounts").handler(Handlers.of(handlers::create));
    router.get("/discounts").handler(Handlers.of(handlers::list));
    router.get("/discounts/:discountId").handler(Handlers.of(handlers::get));
    router.patch("/discounts/:discountId").handler(Handlers.of(handlers::update));
    router.delete("/discounts/:discountId").handler(Handlers.of(handlers::delete));
    router.get("/discounts/:discountId/customers").handler(Handlers.of(handlers::customers));
    router.post("/quote").handler(Handlers.of(handlers::quote));
  }

  /** Runs a handler that returns a future; a throw or a failed future becomes a problem response. */
}
