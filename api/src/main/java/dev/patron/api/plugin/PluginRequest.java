package dev.patron.api.plugin;

import dev.patron.api.tenant.Tenant;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** What the host resolved for a request before it reached a plugin's route. */
public final class PluginRequest {

  /** Routing-context key of the caller's {@link Tenant}; set by the host. */
  public static final String TENANT = "patron.tenant";
  /** Routing-context key of the plugin's configuration for the caller's tenant; set by the host. */
  public static final String CONFIG = "patron.pluginConfig";

  private PluginRequest() {
  }

  /** The restaurant the caller's API key belongs to. */
  public static Tenant tenant(RoutingContext rc) {
    Tenant tenant = rc.get(TENANT);
    if (tenant == null) {
      throw new IllegalStateException("no tenant on this request: the route is not behind the host's authentication");
    }
    return tenant;
  }

  /** This plugin's configuration for the caller's tenant, as validated when it was set. */
  public static JsonObject config(RoutingContext rc) {
    JsonObject config = rc.get(CONFIG);
    return config == null ? new JsonObject() : config;
  }
}
