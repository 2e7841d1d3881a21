package dev.patron.core.tenant;

import dev.patron.api.tenant.Tenant;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.UUID;

/** Loads what a request needs to know about its tenant. */
public final class TenantContextRepository {

  /** The context of an enabled tenant, or {@code null} when it does not exist or is disabled. */
  public Future<TenantContext> load(SqlClient sql, UUID tenantId) {
    return sql.preparedQuery("SELECT id, name, currency, language, time_zone FROM patron.tenants"
            + " WHERE id = $1 AND NOT disabled")
        .execute(Tuple.of(tenantId))
        .map(rows -> {
          if (rows.size() == 0) {
            return null;
          }
          Row row = rows.iterator().next();
          Tenant tenant = new Tenant(row.getUUID("id"), row.getString("name"), row.getString("currency"),
              row.getString("language"), row.getString("time_zone"));
          return TenantContext.of(tenant);
        });
  }
}
