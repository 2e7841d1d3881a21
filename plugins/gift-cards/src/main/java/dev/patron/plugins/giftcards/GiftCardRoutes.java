package dev.patron.plugins.giftcards;

import dev.patron.api.plugin.PluginContext;
import dev.patron.api.plugin.RouteContributor;
import io.vertx.ext.web.Router;
import org.pf4j.Extension;

/** Wires the plugin's routes under {@code /api/v1/plugins/gift-cards/}, once per event loop. */
@Extension
public class GiftCardRoutes implements RouteContributor {

  @Override
  public void contribute(Router router, PluginContext context) {
    RestaurantClock clock = RestaurantClock.system();
    new CardRoutes(new CardService(context, clock), context.idempotency(), clock).register(router);
    new ActivityRoutes(new ActivityService(context, clock), context.idempotency()).register(router);
  }
}
