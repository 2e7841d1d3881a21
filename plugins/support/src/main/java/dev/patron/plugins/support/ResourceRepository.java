package dev.patron.plugins.support;

import dev.patron.kit.sql.Rows;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The resource's table, {@code <schema>.<collection>}: the shared statements of {@link
 * ResourceTable} plus insert and update, with the plugin's columns between the envelope's. A plugin
 * with statements of its own extends it.
 *
 * @param <F> the client's fields
 * @param <R> the stored resource
 */
public class ResourceRepository<F extends ResourceFields, R extends StoredResource<F>> extends ResourceTable<R> {

  private final ResourceType<F, R> type;
  private final String insert;
  private final String update;

  public ResourceRepository(ResourceType<F, R> type) {
    super(type.names().schema(), type.names().collection(), columns(type));
    this.type = type;
    List<String> columns = List.of(columns(type).split(", "));
    List<String> placeholders = new ArrayList<>();
    List<String> assignments = new ArrayList<>();
    // $1 is tenant_id, then one per column in order; id ($2) is the key an update leaves alone.
    for (int i = 0; i < columns.size(); i++) {
      placeholders.add("$" + (i + 2));
      if (i > 0) {
        assignments.add(columns.get(i) + " = $" + (i + 2));
      }
    }
    this.insert = "INSERT INTO " + table() + " (tenant_id, " + String.join(", ", columns) + ")"
        + " VALUES ($1, " + String.join(", ", placeholders) + ")";
    this.update = "UPDATE " + table() + " SET " + String.join(", ", assignments) + " WHERE tenant_id = $1 AND id = $2";
  }

  /** The envelope's columns around the plugin's, in the order {@link #values} binds them. */
  private static String columns(ResourceType<?, ?> type) {
    return "id, " + type.columns().names() + ", version, created_at, updated_at";
  }

  public ResourceType<F, R> type() {
    return type;
  }

  public Future<Void> insert(SqlClient sql, UUID tenantId, R resource) {
    return sql.preparedQuery(insert).execute(values(tenantId, resource)).mapEmpty();
  }

  /** Writes every column of {@code resource} over the row with its id. */
  public Future<Void> update(SqlClient sql, UUID tenantId, R resource) {
    return sql.preparedQuery(update).execute(values(tenantId, resource)).mapEmpty();
  }

  private Tuple values(UUID tenantId, R resource) {
    Tuple values = Tuple.tuple().addValue(tenantId).addValue(resource.id());
    type.columns().bind(resource.fields(), values);
    return values.addValue(resource.version())
        .addValue(Rows.param(resource.createdAt()))
        .addValue(Rows.param(resource.updatedAt()));
  }

  @Override
  protected R map(Row row) {
    return type.factory().create(row.getUUID("id"), type.columns().read(row), row.getLong("version"),
        Rows.instant(row, "created_at"), Rows.instant(row, "updated_at"));
  }
}
