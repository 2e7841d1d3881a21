package dev.patron.plugins.support;

import dev.patron.kit.page.Page;
import dev.patron.kit.page.PageRequest;
import dev.patron.kit.sql.SqlParams;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * SQL for a plugin's {@code <schema>.customer_defaults}: which resource each customer has as
 * default, a copy of the customer's extension field written in the same transaction as the
 * customer. The table has the columns {@code tenant_id}, {@code customer_id} (the key) and the
 * resource's id column; the names are the plugin's constants, checked here.
 */
public final class CustomerDefaults {

  private final String upsert;
  private final String delete;
  private final String byCustomer;
  private final String byResource;
  private final String pageStart;
  private final String resourceFilter;

  /**
   * @param schema the plugin's schema, e.g. {@code order_profiles}
   * @param resourceColumn the column with the resource's id, e.g. {@code profile_id}
   */
  public CustomerDefaults(String schema, String resourceColumn) {
    String table = SqlNames.qualified(schema, "customer_defaults");
    String column = SqlNames.identifier(resourceColumn);
    this.upsert = "INSERT INTO " + table + " (tenant_id, customer_id, " + column + ")"
        + " VALUES ($1, $2, $3) ON CONFLICT (tenant_id, customer_id) DO UPDATE SET " + column + " = EXCLUDED." + column;
    this.delete = "DELETE FROM " + table + " WHERE tenant_id = $1 AND customer_id = $2";
    this.byCustomer = "SELECT " + column + " AS resource_id FROM " + table + " WHERE tenant_id = $1 AND customer_id = $2";
    this.byResource = "SELECT customer_id FROM " + table + " WHERE tenant_id = $1 AND " + column + " = $2 ORDER BY customer_id";
    this.pageStart = "SELECT customer_id FROM " + table + " WHERE tenant_id = ";
    this.resourceFilter = " AND " + column + " = ";
  }

  /** Makes {@code resourceId} the customer's default. */
  public Future<Void> put(SqlClient sql, UUID tenantId, UUID customerId, UUID resourceId) {
    return sql.preparedQuery(upsert).execute(Tuple.of(tenantId, customerId, resourceId)).mapEmpty();
  }

  /** Forgets the customer's default, if any. */
  public Future<Void> remove(SqlClient sql, UUID tenantId, UUID customerId) {
    return sql.preparedQuery(delete).execute(Tuple.of(tenantId, customerId)).mapEmpty();
  }

  /** The id of the customer's default as mirrored, or {@code null}: what {@link #remove} would delete. */
  public Future<UUID> find(SqlClient sql, UUID tenantId, UUID customerId) {
    return sql.preparedQuery(byCustomer).execute(Tuple.of(tenantId, customerId))
        .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getUUID("resource_id"));
  }

  /** Every customer whose default is {@code resourceId}, in id order. */
  public Future<List<UUID>> customersUsing(SqlClient sql, UUID tenantId, UUID resourceId) {
    return sql.preparedQuery(byResource).execute(Tuple.of(tenantId, resourceId)).map(CustomerDefaults::ids);
  }

  /** A page of the customers whose default is {@code resourceId}, in id order. */
  public Future<Page<UUID>> page(SqlClient sql, UUID tenantId, UUID resourceId, PageRequest page) {
    SqlParams params = new SqlParams();
    StringBuilder statement = new StringBuilder(pageStart)
        .append(params.add(tenantId)).append(resourceFilter).append(params.add(resourceId));
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
