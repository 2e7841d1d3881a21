package dev.patron.server.plugins.admin;

import dev.patron.api.problem.Problems;
import dev.patron.core.event.PluginDelivery;
import dev.patron.core.event.PluginDeliveryRepository;
import dev.patron.core.tenant.TenantPlugin;
import dev.patron.core.tenant.TenantService;
import dev.patron.kit.page.Page;
import dev.patron.kit.page.PageRequest;
import dev.patron.kit.sql.Rows;
import dev.patron.server.ServerContext;
import dev.patron.server.plugins.LoadedPlugin;
import dev.patron.server.plugins.PluginStatus;
import dev.patron.server.plugins.routes.PluginRouteReports;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.util.List;
import java.util.UUID;

/**
 * The host admin's use cases for plugins, free of HTTP: what is installed and in what state,
 * enabling and configuring one for a tenant, and dead-lettered deliveries with their retry.
 */
public final class PluginAdministration {

  private final ServerContext shared;
  private final TenantService tenants;
  private final SqlClient sql;
  private final Runnable nudgeDispatcher;
  private final PluginDeliveryRepository deliveries = new PluginDeliveryRepository();

  /** @param nudgeDispatcher wakes event delivery after dead letters are put back in line */
  public PluginAdministration(ServerContext shared, TenantService tenants, SqlClient sql, Runnable nudgeDispatcher) {
    this.shared = shared;
    this.tenants = tenants;
    this.sql = sql;
    this.nudgeDispatcher = nudgeDispatcher;
  }

  /** Every plugin found, as the admin API shows it: state, reason, and drift from its fragment. */
  public List<JsonObject> statuses() {
    PluginRouteReports reports = shared.pluginRoutes();
    return currentStatuses().stream().map(s -> s.toJson().mergeIn(reports.drift(s.id()).toJson())).toList();
  }

  public Future<List<TenantPlugin>> tenantPlugins(UUID tenantId) {
    return tenants.listPlugins(tenantId);
  }

  /**
   * Enables or disables a plugin for a tenant, with a configuration the plugin checked; without a
   * new configuration the stored one is checked again. The tenant's cached context is dropped.
   */
  public Future<TenantPlugin> configure(UUID tenantId, String pluginId, boolean enabled, JsonObject config) {
    LoadedPlugin plugin = running(pluginId);
    Future<JsonObject> given = config != null
        ? Future.succeededFuture(config)
        : tenants.listPlugins(tenantId).map(settings -> settings.stream()
            .filter(s -> s.pluginId().equals(plugin.id())).findFirst().map(TenantPlugin::config).orElse(new JsonObject()));
    return given.map(raw -> PluginConfigCheck.validated(plugin, raw))
        .compose(valid -> tenants.setPlugin(tenantId, plugin.id(), enabled, valid))
        .onSuccess(setting -> shared.directory().invalidate(tenantId));
  }

  public Future<Page<PluginDelivery>> deadLetters(String pluginId, UUID tenantId, PageRequest page) {
    return deliveries.dead(sql, known(pluginId), tenantId, page);
  }

  /** Puts dead letters back in line: one event, or all (of one tenant); how many. */
  public Future<Integer> retry(String pluginId, UUID eventId, UUID tenantId) {
    String id = known(pluginId);
    return deliveries.retryDead(sql, id, eventId, tenantId, Rows.now(shared.clock())).map(count -> {
      if (eventId != null && count == 0) {
        throw Problems.notFound("Plugin '" + id + "' has no dead-lettered event " + eventId + ".");
      }
      nudgeDispatcher.run();
      return count;
    });
  }

  /** The load-time statuses, with plugins whose routes failed later shown as failed. */
  private List<PluginStatus> currentStatuses() {
    PluginRouteReports reports = shared.pluginRoutes();
    return shared.plugins().statuses().stream()
        .map(s -> reports.failure(s.id()) != null ? s.failed(reports.failure(s.id())) : s)
        .toList();
  }

  private LoadedPlugin running(String pluginId) {
    PluginStatus status = currentStatuses().stream().filter(s -> s.id().equals(pluginId)).findFirst()
        .orElseThrow(() -> Problems.notFound("No plugin '" + pluginId + "' is installed on this server."));
    LoadedPlugin plugin = shared.plugins().registry().find(pluginId);
    if (!status.started() || plugin == null) {
      throw Problems.conflict("plugin-not-running",
          "The plugin '" + pluginId + "' is " + status.state() + ": " + status.failure());
    }
    return plugin;
  }

  private String known(String pluginId) {
    if (currentStatuses().stream().noneMatch(s -> s.id().equals(pluginId))) {
      throw Problems.notFound("No plugin '" + pluginId + "' is installed on this server.");
    }
    return pluginId;
  }
}
