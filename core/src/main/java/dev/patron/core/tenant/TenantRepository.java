package dev.patron.core.tenant;

import dev.patron.kit.page.PageRequest;
import dev.patron.api.tenant.Tenant;
import dev.patron.kit.page.Page;
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

/** SQL for tenants. */
public final class TenantRepository {

  private static final String COLUMNS =
      "id, name, currency, language, time_zone, disabled, version, created_at, updated_at, slug";
  /** The unique index that gives a slug to one tenant at most. */
  public static final String SLUG_INDEX = "tenants_by_slug";

  public Future<Void> insert(SqlClient sql, TenantRecord record) {
    Tenant t = record.tenant();
    return sql.preparedQuery("INSERT INTO patron.tenants (" + COLUMNS + ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)")
        .execute(Tuple.from(new Object[] {t.id(), t.name(), t.currency(), t.language(), t.timeZone(),
            record.disabled(), record.version(), Rows.param(record.createdAt()), Rows.param(record.updatedAt()),
            record.slug()}))
        .mapEmpty();
  }

  /** The id of the tenant with this slug, or {@code null}. */
  public Future<UUID> idOfSlug(SqlClient sql, String slug) {
    return sql.preparedQuery("SELECT id FROM patron.tenants WHERE slug = $1")
        .execute(Tuple.of(slug))
        .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getUUID("id"));
  }

  public Future<TenantRecord> find(SqlClient sql, UUID id, boolean forUpdate) {
    return sql.preparedQuery("SELECT " + COLUMNS + " FROM patron.tenants WHERE id = $1" + (forUpdate ? " FOR UPDATE" : ""))
        .execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? null : map(rows.iterator().next()));
  }

  public Future<Page<TenantRecord>> list(SqlClient sql, PageRequest page) {
    Tuple params = Tuple.tuple();
    String where = "";
    if (page.after() != null) {
      params.addOffsetDateTime(page.afterTimestamp("createdAt")).addUUID(page.afterUuid("id"));
      where = " WHERE (created_at, id) > ($1, $2)";
    }
    params.addInteger(page.limit() + 1);
    String query = "SELECT " + COLUMNS + " FROM patron.tenants" + where
        + " ORDER BY created_at, id LIMIT $" + params.size();
    return sql.preparedQuery(query).execute(params).map(rows -> {
      List<TenantRecord> records = new ArrayList<>();
      rows.forEach(row -> records.add(map(row)));
      return Page.of(records, page.limit(), r -> new JsonObject()
          .put("createdAt", r.createdAt().toString()).put("id", r.tenant().id().toString()));
    });
  }

  public Future<Void> update(SqlClient sql, TenantRecord record) {
    Tenant t = record.tenant();
    return sql.preparedQuery("UPDATE patron.tenants SET name = $2, language = $3, time_zone = $4, disabled = $5,"
            + " version = $6, updated_at = $7, slug = $8 WHERE id = $1")
        .execute(Tuple.from(new Object[] {t.id(), t.name(), t.language(), t.timeZone(), record.disabled(),
            record.version(), Rows.param(record.updatedAt()), record.slug()}))
        .mapEmpty();
  }

  /** The admin's override of the tenant's request rate limits; {@code null} when there is no such tenant. */
  public Future<RequestLimits> findLimits(SqlClient sql, UUID id) {
    return sql.preparedQuery("SELECT requests_per_minute, key_requests_per_minute FROM patron.tenants WHERE id = $1")
        .execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? null : limits(rows.iterator().next()));
  }

  /** Sets the override; {@code false} when there is no such tenant. */
  public Future<Boolean> updateLimits(SqlClient sql, UUID id, RequestLimits limits) {
    return sql.preparedQuery("UPDATE patron.tenants SET requests_per_minute = $2, key_requests_per_minute = $3"
            + " WHERE id = $1")
        .execute(Tuple.of(id, limits.perTenant(), limits.perKey()))
        .map(rows -> rows.rowCount() == 1);
  }

  /** The override, from a row with the columns {@code requests_per_minute} and {@code key_requests_per_minute}. */
  static RequestLimits limits(Row row) {
    return new RequestLimits(row.getInteger("requests_per_minute"), row.getInteger("key_requests_per_minute"));
  }

  static TenantRecord map(Row row) {
    Tenant tenant = new Tenant(row.getUUID("id"), row.getString("name"), row.getString("currency"),
        row.getString("language"), row.getString("time_zone"));
    Instant created = Rows.instant(row, "created_at");
    return new TenantRecord(tenant, row.getString("slug"), row.getBoolean("disabled"), row.getLong("version"), created,
        Rows.instant(row, "updated_at"));
  }
}
