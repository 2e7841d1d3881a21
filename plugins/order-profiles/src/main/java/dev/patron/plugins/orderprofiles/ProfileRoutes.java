package dev.patron.plugins.orderprofiles;

import dev.patron.api.plugin.PluginContext;
import dev.patron.api.plugin.RouteContributor;
import dev.patron.kit.http.Handlers;
import dev.patron.plugins.support.ResourceRoutes;
import dev.patron.plugins.support.ResourceService;
import io.vertx.ext.web.Router;
import java.time.Clock;
import org.pf4j.Extension;

/** The plugin's routes under {@code /api/v1/plugins/order-profiles/}: the template's for profiles, and resolve. */
@Extension
public class ProfileRoutes implements RouteContributor {

  @Override
  public void contribute(Router router, PluginContext context) {
    ProfileRepository profiles = ProfileKind.PROFILES;
    ResourceRoutes.register(router, context,
        new ResourceService<>(context, Clock.systemUTC(), profiles, new TenantDefaultMark(profiles)), ProfileKind.DEFAULTS);
    router.get("/resolve").handler(Handlers.of(new ResolveRoute(context)::handle));
  }
}
