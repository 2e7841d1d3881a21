package dev.patron.plugins.orderprofiles;

import dev.patron.kit.http.Handlers;
import dev.patron.api.plugin.PluginContext;
import dev.patron.api.plugin.RouteContributor;
import io.vertx.ext.web.Router;
import java.time.Clock;
import org.pf4j.Extension;

/** The plugin's routes under {@code /api/v1/plugins/order-profiles/}. */
@Extension
public class ProfileRoutes implements RouteContributor {

  @Override
  public void contribute(Router router, PluginContext context) {
    ProfileHandlers handlers = new ProfileHandlers(context, Clock.systemUTC());
    router.post("/profiles").handler(Handlers.of(handlers::create));
    router.get("/profiles").handler(Handlers.of(handlers::list));
    router.get("/profiles/:profileId").handler(Handlers.of(handlers::get));
    router.patch("/profiles/:profileId").handler(Handlers.of(handlers::update));
    router.delete("/profiles/:profileId").handler(Handlers.of(handlers::delete));
    router.get("/profiles/:profileId/customers").handler(Handlers.of(handlers::customers));
    router.get("/resolve").handler(Handlers.of(handlers::resolve));
  }

  /** Runs a handler that returns a future; a throw or a failed future becomes a problem response. */
}
