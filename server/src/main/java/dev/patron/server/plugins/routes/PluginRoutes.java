package dev.patron.server.plugins.routes;

import dev.patron.api.plugin.PluginContext;
import dev.patron.api.plugin.PluginRequest;
import dev.patron.api.plugin.RouteContributor;
import dev.patron.core.tenant.TenantContext;
import dev.patron.server.http.auth.TenantAuthHandler;
import dev.patron.server.plugins.LoadedPlugin;
import dev.patron.server.plugins.PluginCalls;
import dev.patron.server.plugins.PluginRegistry;
import dev.patron.server.plugins.events.HostPluginEvents;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mounts each plugin's router at {@code /api/v1/plugins/<pluginId>/}, behind the tenant
 * authentication and a gate that answers 404 to tenants that have not enabled the plugin.
 */
public final class PluginRoutes {

  /** Routing-context key of the plugin serving the request, for error reports. */
  public static final String PLUGIN = "patron.plugin";
  private static final Logger log = LoggerFactory.getLogger(PluginRoutes.class);

  private final PluginRegistry registry;
  private final PluginRouteReports reports;

  /** @param reports where failures to register and drift from the fragment are recorded */
  public PluginRoutes(PluginRegistry registry, PluginRouteReports reports) {
    this.registry = registry;
    this.reports = reports;
  }

  /** @param contexts what each plugin gets on this event loop */
  public void mount(Router router, String apiPrefix, Vertx vertx, PluginContexts contexts) {
    for (LoadedPlugin plugin : registry.plugins()) {
      if (plugin.routes().isEmpty()) {
        continue;
      }
      PluginContext context = contexts.forPlugin(plugin);
      Router pluginRouter = Router.router(vertx);
      try {
        for (RouteContributor contributor : plugin.routes()) {
          contributor.contribute(pluginRouter, context);
        }
      } catch (RuntimeException | LinkageError e) {
        log.error("PLUGIN NOT RUNNING: {} failed to register its routes; they answer 404", plugin.id(), e);
        reports.failed(plugin.id(), "routes could not be registered: " + e);
        continue;
      }
      String prefix = apiPrefix + "/plugins/" + plugin.id();
      RouteDrift drift = RouteDrift.between(pluginRouter, plugin.openApi(), prefix);
      if (!drift.isNone() && plugin.openApi() != null) {
        log.warn("Plugin {}'s OpenAPI fragment does not match its routes: undocumented {}, not registered {}",
            plugin.id(), drift.undocumented(), drift.unregistered());
      }
      reports.drift(plugin.id(), drift);
      String mountPoint = prefix + "/*";
      router.route(mountPoint).handler(gate(plugin));
      router.route(mountPoint).subRouter(pluginRouter);
    }
  }

  /** Lets through only tenants that enabled the plugin, with the plugin's configuration for them. */
  private static Handler<RoutingContext> gate(LoadedPlugin plugin) {
    return rc -> {
      TenantContext tenant = TenantAuthHandler.context(rc);
      if (!tenant.pluginEnabled(plugin.id())) {
        rc.fail(404);
        return;
      }
      rc.put(PluginRequest.CONFIG, tenant.pluginConfig(plugin.id()).copy());
      rc.put(PLUGIN, plugin.id());
      PluginCalls.withClassLoader(plugin.classLoader(), () -> {
        rc.next();
        return null;
      });
    };
  }
}
