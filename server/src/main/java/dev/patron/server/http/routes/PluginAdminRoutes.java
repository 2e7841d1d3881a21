package dev.patron.server.http.routes;

import dev.patron.kit.http.PageParams;
import dev.patron.kit.page.PageRequest;
import dev.patron.kit.http.Requests;
import dev.patron.kit.http.Responses;
import dev.patron.kit.json.JsonInput;
import dev.patron.api.problem.FieldError;
import dev.patron.api.problem.Problem;
import dev.patron.api.problem.ProblemException;
import dev.patron.api.problem.Problems;
import dev.patron.kit.sql.Rows;
import dev.patron.core.event.PluginDelivery;
import dev.patron.core.event.PluginDeliveryRepository;
import dev.patron.core.tenant.TenantPlugin;
import dev.patron.core.tenant.TenantService;
import dev.patron.server.ServerContext;
import dev.patron.server.http.Endpoints;
import dev.patron.kit.http.QueryParams;
import dev.patron.server.plugins.LoadedPlugin;
import dev.patron.server.plugins.PluginStatus;
import dev.patron.server.plugins.routes.PluginRouteReports;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.SqlClient;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The host admin's view of plugins: what loaded and why not, per-tenant enablement and
 * configuration, and dead-lettered event deliveries with their retry.
 */
public final class PluginAdminRoutes {

  private final ServerContext shared;
  private final TenantService tenants;
  private final SqlClient sql;
  private final Runnable nudgeDispatcher;
  private final PluginDeliveryRepository deliveries = new PluginDeliveryRepository();

  public PluginAdminRoutes(ServerContext shared, TenantService tenants, SqlClient sql, Runnable nudgeDispatcher) {
    this.shared = shared;
    this.tenants = tenants;
    this.sql = sql;
    this.nudgeDispatcher = nudgeDispatcher;
  }

  public void register(Endpoints admin) {
    admin.get("/plugins", this::list);
    admin.get("/tenants/:tenantId/plugins", this::tenantPlugins);
    admin.put("/tenants/:tenantId/plugins/:pluginId", this::configure);
    admin.get("/plugins/:pluginId/dead-letters", this::deadLetters);
    admin.post("/plugins/:pluginId/dead-letters/retry", this::retryAll);
    admin.post("/plugins/:pluginId/dead-letters/:eventId/retry", this::retryOne);
  }

  private Future<?> list(RoutingContext rc) {
    PluginRouteReports reports = shared.pluginRoutes();
    return Responses.page(rc, statuses().stream()
        .map(s -> s.toJson().mergeIn(reports.drift(s.id()).toJson())).toList(), null);
  }

  /** The load-time statuses, with plugins whose routes failed later shown as failed. */
  private List<PluginStatus> statuses() {
    PluginRouteReports reports = shared.pluginRoutes();
    return shared.plugins().statuses().stream()
        .map(s -> reports.failure(s.id()) != null
            ? new PluginStatus(s.id(), s.version(), s.description(), s.provider(), s.requires(), PluginStatus.FAILED,
                reports.failure(s.id()), s.path())
            : s)
        .toList();
  }

  private Future<?> tenantPlugins(RoutingContext rc) {
    return tenants.listPlugins(tenantId(rc))
        .compose(settings -> Responses.page(rc, settings.stream().map(TenantPlugin::toJson).toList(), null));
  }

  private Future<?> configure(RoutingContext rc) {
    UUID tenantId = tenantId(rc);
    LoadedPlugin plugin = runningPlugin(rc.pathParam("pluginId"));
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
    Future<JsonObject> given = config != null
        ? Future.succeededFuture((JsonObject) config)
        : tenants.listPlugins(tenantId).map(settings -> settings.stream()
            .filter(s -> s.pluginId().equals(plugin.id())).findFirst().map(TenantPlugin::config).orElse(new JsonObject()));
    return given.map(raw -> validated(plugin, raw))
        .compose(valid -> tenants.setPlugin(tenantId, plugin.id(), enabled, valid))
        .compose(setting -> {
          shared.directory().invalidate(tenantId);
          return Responses.ok(rc, setting.toJson());
        });
  }

  /** The plugin's own check of a configuration; field errors are reported under {@code config.}. */
  private static JsonObject validated(LoadedPlugin plugin, JsonObject config) {
    if (plugin.configValidator() == null) {
      if (!config.isEmpty()) {
        throw Problems.invalidField("config", "the plugin '" + plugin.id() + "' takes no configuration");
      }
      return config;
    }
    try {
      JsonObject valid = plugin.configValidator().validate(config.copy());
      return valid == null ? new JsonObject() : valid;
    } catch (ProblemException e) {
      Problem problem = e.problem();
      List<FieldError> errors = problem.errors().stream()
          .map(error -> new FieldError("config." + error.field(), error.message()))
          .toList();
      throw new Problem(problem.status(), problem.code(), problem.title(), problem.detail(), errors, problem.properties())
          .with("plugin", plugin.id()).toException();
    } catch (RuntimeException | LinkageError e) {
      throw Problem.of(502, "plugin-failed", "A plugin failed",
          "The plugin '" + plugin.id() + "' failed to check the configuration: " + e).with("plugin", plugin.id()).toException();
    }
  }

  private Future<?> deadLetters(RoutingContext rc) {
    QueryParams.only(rc, Set.of("tenantId", "limit", "cursor"));
    String pluginId = knownPlugin(rc.pathParam("pluginId"));
    UUID tenantId = QueryParams.uuid(rc, "tenantId");
    return deliveries.dead(sql, pluginId, tenantId, PageParams.from(rc))
        .compose(page -> Responses.page(rc, page.items().stream().map(PluginDelivery::toJson).toList(), page.nextCursor()));
  }

  private Future<?> retryAll(RoutingContext rc) {
    QueryParams.only(rc, Set.of("tenantId"));
    String pluginId = knownPlugin(rc.pathParam("pluginId"));
    UUID tenantId = QueryParams.uuid(rc, "tenantId");
    return deliveries.retryDead(sql, pluginId, null, tenantId, Rows.now(shared.clock())).compose(count -> {
      nudgeDispatcher.run();
      return Responses.ok(rc, new JsonObject().put("retried", count));
    });
  }

  private Future<?> retryOne(RoutingContext rc) {
    String pluginId = knownPlugin(rc.pathParam("pluginId"));
    UUID eventId = Requests.pathId(rc, "eventId", "dead-lettered event");
    return deliveries.retryDead(sql, pluginId, eventId, null, Rows.now(shared.clock())).compose(count -> {
      if (count == 0) {
        throw Problems.notFound("Plugin '" + pluginId + "' has no dead-lettered event " + eventId + ".");
      }
      nudgeDispatcher.run();
      return Responses.ok(rc, new JsonObject().put("retried", count));
    });
  }

  private LoadedPlugin runningPlugin(String pluginId) {
    PluginStatus status = statuses().stream().filter(s -> s.id().equals(pluginId)).findFirst()
        .orElseThrow(() -> Problems.notFound("No plugin '" + pluginId + "' is installed on this server."));
    LoadedPlugin plugin = shared.plugins().registry().find(pluginId);
    if (!status.started() || plugin == null) {
      throw Problems.conflict("plugin-not-running",
          "The plugin '" + pluginId + "' is " + status.state() + ": " + status.failure());
    }
    return plugin;
  }

  private String knownPlugin(String pluginId) {
    if (statuses().stream().noneMatch(s -> s.id().equals(pluginId))) {
      throw Problems.notFound("No plugin '" + pluginId + "' is installed on this server.");
    }
    return pluginId;
  }

  private static UUID tenantId(RoutingContext rc) {
    return Requests.pathId(rc, "tenantId", "tenant");
  }
}
