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
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
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

  private final MeterRegistry meters;

  /**
   * @param reports where failures to register and drift from the fragment are recorded
   * @param meters where each plugin's route errors are counted
   */
  public PluginRoutes(PluginRegistry registry, PluginRouteReports reports, MeterRegistry meters) {
    this.registry = registry;
    this.reports = reports;
    this.meters = meters;
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
      router.route(mountPoint).handler(gate(plugin, routeErrors(plugin.id())));
      router.route(mountPoint).subRouter(pluginRouter);
    }
  }

  /** {@code patron_plugin_route_errors_total}: the plugin's route answers with a 5xx (its faults, or its timeouts). */
  private Counter routeErrors(String pluginId) {
    return Counter.builder("patron.plugin.route.errors").description("Plugins' route answers with a server error")
        .tag("plugin", pluginId).tag("status", "5xx").register(meters);
  }

  /**
   * Lets through only tenants that enabled the plugin, with the plugin's configuration for them,
   * and counts the plugin's server errors.
   */
  private static Handler<RoutingContext> gate(LoadedPlugin plugin, Counter errors) {
    return rc -> {
      TenantContext tenant = TenantAuthHandler.context(rc);
      if (!tenant.pluginEnabled(plugin.id())) {
        rc.fail(404);
        return;
      }
      rc.addEndHandler(ended -> {
        if (rc.response().getStatusCode() >= 500) {
          errors.increment();
        }
      });
      rc.put(PluginRequest.CONFIG, tenant.pluginConfig(plugin.id()).copy());
      rc.put(PLUGIN, plugin.id());
      PluginCalls.withClassLoader(plugin.classLoader(), () -> {
        rc.next();
        return null;
      });
    };
  }
}
