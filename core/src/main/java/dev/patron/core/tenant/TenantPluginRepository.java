package dev.patron.core.tenant;

import dev.patron.kit.sql.Rows;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** SQL for tenants' plugin settings. */
public final class TenantPluginRepository {

  private static final String COLUMNS = "plugin_id, enabled, config, version, created_at, updated_at";

  public Future<List<TenantPlugin>> list(SqlClient sql, UUID tenantId) {
    return sql.preparedQuery("SELECT " + COLUMNS + " FROM patron.tenant_plugins WHERE tenant_id = $1 ORDER BY plugin_id")
        .execute(Tuple.of(tenantId))
        .map(rows -> {
          List<TenantPlugin> plugins = new ArrayList<>();
          rows.forEach(row -> plugins.add(map(row)));
          return plugins;
        });
  }

  /** Creates or replaces the setting, bumping its version; returns what is stored. */
  public Future<TenantPlugin> upsert(SqlClient sql, UUID tenantId, String pluginId, boolean enabled, JsonObject config,
      Instant now) {
    return sql.preparedQuery("INSERT INTO patron.tenant_plugins (tenant_id, " + COLUMNS + ")"
            + " VALUES ($1, $2, $3, $4, 1, $5, $5)"
            + " ON CONFLICT (tenant_id, plugin_id) DO UPDATE SET enabled = EXCLUDED.enabled, config = EXCLUDED.config,"
            + " version = tenant_plugins.version + 1, updated_at = EXCLUDED.updated_at"
            + " RETURNING " + COLUMNS)
        .execute(Tuple.of(tenantId, pluginId, enabled, config, Rows.param(now)))
        .map(rows -> map(rows.iterator().next()));
  }

  static TenantPlugin map(Row row) {
    return new TenantPlugin(row.getString("plugin_id"), row.getBoolean("enabled"), row.getJsonObject("config"),
        row.getLong("version"), Rows.instant(row, "created_at"), Rows.instant(row, "updated_at"));
  }
}
