package dev.patron.server.http.routes;

import dev.patron.core.event.PluginDelivery;
import dev.patron.core.tenant.TenantPlugin;
import dev.patron.kit.http.PageParams;
import dev.patron.kit.http.QueryParams;
import dev.patron.kit.http.Requests;
import dev.patron.kit.http.Responses;
import dev.patron.kit.json.JsonInput;
import dev.patron.server.http.Endpoints;
import dev.patron.server.plugins.admin.PluginAdministration;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;

/**
 * {@code /api/v1/admin/plugins...}: the HTTP side of {@link PluginAdministration} — what loaded and
 * why not, per-tenant enablement and configuration, dead-lettered deliveries and their retry.
 */
public final class PluginAdminRoutes {

  private final PluginAdministration plugins;

  public PluginAdminRoutes(PluginAdministration plugins) {
    this.plugins = plugins;
  }

  public void register(Endpoints admin) {
    admin.get("/plugins", rc -> Responses.page(rc, plugins.statuses(), null));
    admin.get("/tenants/:tenantId/plugins", this::tenantPlugins);
    admin.put("/tenants/:tenantId/plugins/:pluginId", this::configure);
    admin.get("/plugins/:pluginId/dead-letters", this::deadLetters);
    admin.post("/plugins/:pluginId/dead-letters/retry", this::retryAll);
    admin.post("/plugins/:pluginId/dead-letters/:eventId/retry", this::retryOne);
  }

  private Future<?> tenantPlugins(RoutingContext rc) {
    return plugins.tenantPlugins(tenantId(rc))
        .compose(settings -> Responses.page(rc, settings.stream().map(TenantPlugin::toJson).toList(), null));
  }

  /** {@code {"enabled": bool, "config"?: {...}}}; without {@code config} the stored one is kept. */
  private Future<?> configure(RoutingContext rc) {
    UUID tenantId = tenantId(rc);
    JsonInput in = JsonInput.of(Requests.jsonObject(rc));
    Boolean enabled = in.bool("enabled");
    if (enabled == null && in.json().getValue("enabled") == null) {
      in.error("enabled", "is required");
    }
    Object config = in.json().getValue("config");
    in.allow("config");
    if (config != null && !(config instanceof JsonObject)) {
      in.error("config", "must be an object");
    }
    in.rejectUnknownFields();
    in.throwIfInvalid();
    return plugins.configure(tenantId, rc.pathParam("pluginId"), enabled, (JsonObject) config)
        .compose(setting -> Responses.ok(rc, setting.toJson()));
  }

  private Future<?> deadLetters(RoutingContext rc) {
    return plugins.deadLetters(rc.pathParam("pluginId"), QueryParams.uuid(rc, "tenantId"), PageParams.from(rc))
        .compose(page -> Responses.page(rc, page.items().stream().map(PluginDelivery::toJson).toList(), page.nextCursor()));
  }

  private Future<?> retryAll(RoutingContext rc) {
    return plugins.retry(rc.pathParam("pluginId"), null, QueryParams.uuid(rc, "tenantId"))
        .compose(count -> Responses.ok(rc, new JsonObject().put("retried", count)));
  }

  private Future<?> retryOne(RoutingContext rc) {
    UUID eventId = Requests.pathId(rc, "eventId", "dead-lettered event");
    return plugins.retry(rc.pathParam("pluginId"), eventId, null)
        .compose(count -> Responses.ok(rc, new JsonObject().put("retried", count)));
  }

  private static UUID tenantId(RoutingContext rc) {
    return Requests.pathId(rc, "tenantId", "tenant");
  }
}
