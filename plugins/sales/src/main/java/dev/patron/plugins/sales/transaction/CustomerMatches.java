package dev.patron.plugins.sales.transaction;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The restaurant's customers by reference and by id, many at a time, for the history import. The
 * host's {@code CustomerAccess} reads one customer by id; an import of 100 000 receipts needs a
 * batch's worth in one statement, and by {@code referenceId} too, so this reads {@code
 * patron.customers} directly — only ids and references, read-only, like {@link OrderProfiles}.
 * Archived customers are no longer in it.
 */
public final class CustomerMatches {

  /** The customers with these references, by reference. */
  public Future<Map<String, UUID>> byReference(SqlClient sql, UUID tenantId, Collection<String> references) {
    if (references.isEmpty()) {
      return Future.succeededFuture(Map.of());
    }
    return sql.preparedQuery("SELECT reference_id, id FROM patron.customers WHERE tenant_id = $1 AND reference_id = ANY($2)")
        .execute(Tuple.of(tenantId, (Object) references.toArray(String[]::new)))
        .map(rows -> {
          Map<String, UUID> found = new HashMap<>();
          rows.forEach(row -> found.put(row.getString("reference_id"), row.getUUID("id")));
          return found;
        });
  }

  /** Those of the ids that are customers of the restaurant. */
  public Future<Set<UUID>> existing(SqlClient sql, UUID tenantId, Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return Future.succeededFuture(Set.of());
    }
    return sql.preparedQuery("SELECT id FROM patron.customers WHERE tenant_id = $1 AND id = ANY($2)")
        .execute(Tuple.of(tenantId, (Object) ids.toArray(UUID[]::new)))
        .map(rows -> {
          Set<UUID> found = new HashSet<>();
          rows.forEach(row -> found.add(row.getUUID("id")));
          return found;
        });
  }

  /** Whether the restaurant exists, is not disabled, and has this plugin enabled. */
  public Future<Boolean> pluginEnabled(SqlClient sql, UUID tenantId, String pluginId) {
    return sql.preparedQuery("SELECT NOT t.disabled AND coalesce(p.enabled, false) AS enabled FROM patron.tenants t"
            + " LEFT JOIN patron.tenant_plugins p ON p.tenant_id = t.id AND p.plugin_id = $2 WHERE t.id = $1")
        .execute(Tuple.of(tenantId, pluginId))
        .map(rows -> rows.size() == 1 && Boolean.TRUE.equals(rows.iterator().next().getBoolean("enabled")));
  }
}
