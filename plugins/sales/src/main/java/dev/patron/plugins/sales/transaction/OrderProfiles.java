package dev.patron.plugins.sales.transaction;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Whether a receipt may name an order profile. Plugins cannot call each other, so this reads what
 * the platform keeps in the same database: the restaurant's plugin settings ({@code
 * patron.tenant_plugins}) and, when it has the order-profiles plugin enabled, that plugin's
 * profiles ({@code order_profiles.profiles}). Without the plugin enabled any id is kept as given.
 * The only place this plugin reads tables it does not own; both are read-only here.
 */
public final class OrderProfiles {

  static final String PLUGIN_ID = "order-profiles";

  /**
   * Those of the profiles the restaurant's receipts may not name: none when it does not use order
   * profiles, else those its order-profiles plugin does not have. Two statements for any number.
   */
  public Future<Set<UUID>> unknown(SqlClient sql, UUID tenantId, Set<UUID> profileIds) {
    if (profileIds.isEmpty()) {
      return Future.succeededFuture(Set.of());
    }
    return checked(sql, tenantId).compose(checked -> {
      if (!checked) {
        return Future.succeededFuture(Set.<UUID>of());
      }
      return sql.preparedQuery("SELECT id FROM order_profiles.profiles WHERE tenant_id = $1 AND id = ANY($2)")
          .execute(Tuple.of(tenantId, (Object) profileIds.toArray(UUID[]::new)))
          .map(rows -> {
            Set<UUID> unknown = new HashSet<>(profileIds);
            rows.forEach(row -> unknown.remove(row.getUUID("id")));
            return unknown;
          });
    });
  }

  private Future<Boolean> checked(SqlClient sql, UUID tenantId) {
    return sql.preparedQuery("SELECT p.enabled AND to_regclass('order_profiles.profiles') IS NOT NULL AS checked"
            + " FROM patron.tenant_plugins p WHERE p.tenant_id = $1 AND p.plugin_id = $2")
        .execute(Tuple.of(tenantId, PLUGIN_ID))
        .map(rows -> rows.size() == 1 && Boolean.TRUE.equals(rows.iterator().next().getBoolean("checked")));
  }

  /** {@code true} when the profile exists, or when the restaurant does not use order profiles. */
  Future<Boolean> accepts(SqlClient sql, UUID tenantId, UUID profileId) {
    return sql.preparedQuery("SELECT p.enabled AND to_regclass('order_profiles.profiles') IS NOT NULL AS checked"
            + " FROM patron.tenant_plugins p WHERE p.tenant_id = $1 AND p.plugin_id = $2")
        .execute(Tuple.of(tenantId, PLUGIN_ID))
        .compose(rows -> {
          boolean checked = rows.size() == 1 && Boolean.TRUE.equals(rows.iterator().next().getBoolean("checked"));
          if (!checked) {
            return Future.succeededFuture(true);
          }
          return sql.preparedQuery("SELECT EXISTS (SELECT 1 FROM order_profiles.profiles WHERE tenant_id = $1 AND id = $2)"
                  + " AS found")
              .execute(Tuple.of(tenantId, profileId))
              .map(found -> found.iterator().next().getBoolean("found"));
        });
  }
}
