package dev.patron.plugins.discounts;

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
 * SQL for {@code discounts.customer_defaults}: which discount each customer has as default, a copy
 * of the customer's extension field written in the same transaction as the customer.
 */
public final class CustomerDefaults {

  public Future<Void> put(SqlClient sql, UUID tenantId, UUID customerId, UUID discountId) {
    return sql.preparedQuery("INSERT INTO discounts.customer_defaults (tenant_id, customer_id, discount_id)"
            + " VALUES ($1, $2, $3) ON CONFLICT (tenant_id, customer_id) DO UPDATE SET discount_id = EXCLUDED.discount_id")
        .execute(Tuple.of(tenantId, customerId, discountId)).mapEmpty();
  }

  public Future<Void> remove(SqlClient sql, UUID tenantId, UUID customerId) {
    return sql.preparedQuery("DELETE FROM discounts.customer_defaults WHERE tenant_id = $1 AND customer_id = $2")
        .execute(Tuple.of(tenantId, customerId)).mapEmpty();
  }

  /** Every customer whose default is {@code discountId}, in id order. */
  public Future<List<UUID>> customersUsing(SqlClient sql, UUID tenantId, UUID discountId) {
    return sql.preparedQuery("SELECT customer_id FROM discounts.customer_defaults"
            + " WHERE tenant_id = $1 AND discount_id = $2 ORDER BY customer_id")
        .execute(Tuple.of(tenantId, discountId))
        .map(CustomerDefaults::ids);
  }

  /** A page of the customers whose default is {@code discountId}, in id order. */
  public Future<Page<UUID>> page(SqlClient sql, UUID tenantId, UUID discountId, PageRequest page) {
    SqlParams params = new SqlParams();
    StringBuilder statement = new StringBuilder("SELECT customer_id FROM discounts.customer_defaults WHERE tenant_id = ")
        .append(params.add(tenantId)).append(" AND discount_id = ").append(params.add(discountId));
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
