package dev.patron.core.tenant;

import dev.patron.api.tenant.Tenant;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Loads what a request needs to know about its tenant, in one query. */
public final class TenantContextRepository {

  /** The context of an enabled tenant, or {@code null} when it does not exist or is disabled. */
  public Future<TenantContext> load(SqlClient sql, UUID tenantId) {
    return sql.preparedQuery("SELECT t.id, t.name, t.currency, t.language, t.time_zone,"
            + " t.requests_per_minute, t.key_requests_per_minute, p.plugin_id, p.enabled, p.config"
            + " FROM patron.tenants t LEFT JOIN patron.tenant_plugins p ON p.tenant_id = t.id"
            + " WHERE t.id = $1 AND NOT t.disabled")
        .execute(Tuple.of(tenantId))
        .map(rows -> {
          Tenant tenant = null;
          Map<String, JsonObject> enabled = new HashMap<>();
          Set<String> everEnabled = new HashSet<>();
          RequestLimits limits = RequestLimits.DEFAULTS;
          for (Row row : rows) {
            limits = TenantRepository.limits(row);
            tenant = new Tenant(row.getUUID("id"), row.getString("name"), row.getString("currency"),
                row.getString("language"), row.getString("time_zone"));
            String pluginId = row.getString("plugin_id");
            if (pluginId != null) {
              everEnabled.add(pluginId);
              if (row.getBoolean("enabled")) {
                enabled.put(pluginId, row.getJsonObject("config"));
              }
            }
          }
          return tenant == null ? null : new TenantContext(tenant, enabled, everEnabled, limits, null);
        });
  }
}
