package dev.patron.plugins.support;

import dev.patron.kit.page.Page;
import dev.patron.kit.page.PageRequest;
import dev.patron.kit.sql.SqlParams;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The statements every table of coded, versioned resources shares: read one by id (optionally
 * locked) or by code, delete one at a version, list by code. The table's key is {@code (tenant_id, id)} and it
 * has the columns {@code code} (unique per tenant) and {@code version}; every statement is scoped by
 * tenant. A plugin's repository extends it with its own columns, row mapping and statements.
 *
 * @param <R> the resource a row maps to
 */
public abstract class ResourceTable<R extends DefaultableResource> {

  private final String table;
  private final String select;
  private final String byId;
  private final String byCode;
  private final String delete;

  /**
   * @param schema the plugin's schema, e.g. {@code order_profiles}
   * @param name the table's name, e.g. {@code profiles}
   * @param columns the columns {@link #map(Row)} reads, {@code ", "}-separated, without {@code tenant_id}
   */
  protected ResourceTable(String schema, String name, String columns) {
    this.table = SqlNames.qualified(schema, name);
    this.select = "SELECT " + SqlNames.columnList(columns) + " FROM " + table;
    this.byId = select + " WHERE tenant_id = $1 AND id = $2";
    this.byCode = select + " WHERE tenant_id = $1 AND code = $2";
    this.delete = "DELETE FROM " + table + " WHERE tenant_id = $1 AND id = $2 AND ($3::bigint IS NULL OR version = $3)";
  }

  /** The resource in {@code row}, which has the columns given to the constructor. */
  protected abstract R map(Row row);

  /** The schema-qualified table name, e.g. {@code order_profiles.profiles}. */
  protected final String table() {
    return table;
  }

  /** {@code SELECT <columns> FROM <table>}, to add a {@code WHERE} clause to. */
  protected final String select() {
    return select;
  }

  /** The first row's resource, or {@code null} when there is none. */
  protected final R first(RowSet<Row> rows) {
    return rows.size() == 0 ? null : map(rows.iterator().next());
  }

  /** The resource, or {@code null}. */
  public Future<R> find(SqlClient sql, UUID tenantId, UUID id) {
    return sql.preparedQuery(byId).execute(Tuple.of(tenantId, id)).map(this::first);
  }

  /** The resource with this (normalised, upper-case) code, or {@code null}. */
  public Future<R> findByCode(SqlClient sql, UUID tenantId, String code) {
    return sql.preparedQuery(byCode).execute(Tuple.of(tenantId, code)).map(this::first);
  }

  /** Reads and locks the resource against every other write until the transaction ends. */
  public Future<R> findForUpdate(SqlClient sql, UUID tenantId, UUID id) {
    return sql.preparedQuery(byId + " FOR UPDATE").execute(Tuple.of(tenantId, id)).map(this::first);
  }

  /**
   * Reads the resource and keeps it from being changed or deleted until the transaction ends, so a
   * customer's default cannot point to a resource deactivated or deleted meanwhile.
   */
  public Future<R> findForShare(SqlClient sql, UUID tenantId, UUID id) {
    return sql.preparedQuery(byId + " FOR SHARE").execute(Tuple.of(tenantId, id)).map(this::first);
  }

  /** Deletes the resource, if {@code version} is given only at that version; whether it did. */
  public Future<Boolean> delete(SqlClient sql, UUID tenantId, UUID id, Long version) {
    return sql.preparedQuery(delete).execute(Tuple.of(tenantId, id, version)).map(rows -> rows.rowCount() == 1);
  }

  /** A page of the tenant's resources in code order. */
  public Future<Page<R>> list(SqlClient sql, UUID tenantId, PageRequest page) {
    SqlParams params = new SqlParams();
    StringBuilder statement = new StringBuilder(select).append(" WHERE tenant_id = ").append(params.add(tenantId));
    if (page.after() != null) {
      statement.append(" AND code > ").append(params.add(page.afterString("code")));
    }
    statement.append(" ORDER BY code LIMIT ").append(params.add(page.limit() + 1));
    return sql.preparedQuery(statement.toString()).execute(params.tuple()).map(rows -> {
      List<R> resources = new ArrayList<>();
      rows.forEach(row -> resources.add(map(row)));
      return Page.of(resources, page.limit(), r -> new JsonObject().put("code", r.code()));
    });
  }
}
