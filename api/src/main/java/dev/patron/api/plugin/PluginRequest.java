package dev.patron.api.plugin;

import dev.patron.api.event.Actor;
import dev.patron.api.tenant.StaffRole;
import dev.patron.api.tenant.Tenant;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** What the host resolved for a request before it reached a plugin's route. */
public final class PluginRequest {

  /** Routing-context key of the caller's {@link Tenant}; set by the host. */
  public static final String TENANT = "patron.tenant";
  /** Routing-context key of the plugin's configuration for the caller's tenant; set by the host. */
  public static final String CONFIG = "patron.pluginConfig";
  /** Routing-context key of the caller's {@link Actor}; set by the host. @since 2.2.0 */
  public static final String ACTOR = "patron.actor";
  /** Routing-context key of the caller's {@link StaffRole} (API keys act as managers); set by the host. @since 2.2.0 */
  public static final String ROLE = "patron.role";

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

  /**
   * Who is calling: a staff user or an API key. Pass it with events of writes that batch several
   * requests ({@link PluginEvents.NewEvent}); a single write's events get it without asking.
   *
   * @since 2.2.0
   */
  public static Actor actor(RoutingContext rc) {
    Actor actor = rc.get(ACTOR);
    if (actor == null) {
      throw new IllegalStateException("no actor on this request: the route is not behind the host's authentication");
    }
    return actor;
  }

  /**
   * The caller's role. The host already refused callers below the role the operation declares; ask
   * this for a finer rule inside one operation (a gift card's adjustment needs a manager, say).
   *
   * @since 2.2.0
   */
  public static StaffRole role(RoutingContext rc) {
    StaffRole role = rc.get(ROLE);
    if (role == null) {
      throw new IllegalStateException("no role on this request: the route is not behind the host's authentication");
    }
    return role;
  }

  /** This plugin's configuration for the caller's tenant, as validated when it was set. */
  public static JsonObject config(RoutingContext rc) {
    JsonObject config = rc.get(CONFIG);
    return config == null ? new JsonObject() : config;
  }
}
