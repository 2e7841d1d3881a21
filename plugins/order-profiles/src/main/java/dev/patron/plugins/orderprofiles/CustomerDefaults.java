package dev.patron.plugins.orderprofiles;

import dev.patron.api.http.Page;
import dev.patron.api.http.PageRequest;
import dev.patron.api.sql.SqlParams;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * SQL for {@code order_profiles.customer_defaults}: which profile each customer has as default, a
 * copy of the customer's extension field written in the same transaction as the customer.
 */
public final class CustomerDefaults {

  public Future<Void> put(SqlClient sql, UUID tenantId, UUID customerId, UUID profileId) {
    return sql.preparedQuery("INSERT INTO order_profiles.customer_defaults (tenant_id, customer_id, profile_id)"
            + " VALUES ($1, $2, $3) ON CONFLICT (tenant_id, customer_id) DO UPDATE SET profile_id = EXCLUDED.profile_id")
        .execute(Tuple.of(tenantId, customerId, profileId)).mapEmpty();
  }

  public Future<Void> remove(SqlClient sql, UUID tenantId, UUID customerId) {
    return sql.preparedQuery("DELETE FROM order_profiles.customer_defaults WHERE tenant_id = $1 AND customer_id = $2")
        .execute(Tuple.of(tenantId, customerId)).mapEmpty();
  }

  /** Every customer whose default is {@code profileId}, in id order. */
  public Future<List<UUID>> customersUsing(SqlClient sql, UUID tenantId, UUID profileId) {
    return sql.preparedQuery("SELECT customer_id FROM order_profiles.customer_defaults"
            + " WHERE tenant_id = $1 AND profile_id = $2 ORDER BY customer_id")
        .execute(Tuple.of(tenantId, profileId))
        .map(CustomerDefaults::ids);
  }

  /** A page of the customers whose default is {@code profileId}, in id order. */
  public Future<Page<UUID>> page(SqlClient sql, UUID tenantId, UUID profileId, PageRequest page) {
    SqlParams params = new SqlParams();
    StringBuilder statement = new StringBuilder("SELECT customer_id FROM order_profiles.customer_defaults WHERE tenant_id = ")
        .append(params.add(tenantId)).append(" AND profile_id = ").append(params.add(profileId));
    if (page.after() != null) {
      statement.append(" AND customer_id > ").append(params.add(page.afterUuid("customerId")));
    }
    statement.append(" ORDER BY customer_id LIMIT ").append(params.add(page.limit() + 1));
    return sql.preparedQuery(statement.toString()).execute(params.tuple())
        .map(rows -> Page.of(ids(rows), page.limit(), id -> new JsonObject().put("customerId", id.toString())));
  }

  private static List<UUID> ids(Iterable<Row> rows) {
    List<UUID> ids = new ArrayList<>();
    rows.forEach(row -> ids.add(row.getUUID("customer_id")));
    return ids;
  }
}
