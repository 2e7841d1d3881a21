package dev.patron.core.staff;

import dev.patron.api.tenant.StaffRole;
import dev.patron.kit.page.Page;
import dev.patron.kit.page.PageRequest;
import dev.patron.kit.sql.Rows;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** SQL for staff users; every statement is scoped by tenant. */
public final class StaffRepository {

  static final String COLUMNS = "tenant_id, id, email, name, language, role, state, version, created_at, updated_at";
  /** The unique index that makes an email one account per tenant. */
  static final String EMAIL_INDEX = "staff_users_by_email";

  /** An account and its password hash, for signing in. */
  public record WithPassword(StaffUser user, String passwordHash) {
  }

  public Future<Void> insert(SqlClient sql, StaffUser user, String actor) {
    return sql.preparedQuery("INSERT INTO patron.staff_users (" + COLUMNS + ", created_by, updated_by)"
            + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)")
        .execute(Tuple.from(new Object[] {user.tenantId(), user.id(), user.email(), user.name(), user.language(),
            user.role().name(), user.state().name(), user.version(), Rows.param(user.createdAt()),
            Rows.param(user.updatedAt()), actor}))
        .mapEmpty();
  }

  public Future<StaffUser> find(SqlClient sql, UUID tenantId, UUID id, boolean forUpdate) {
    return sql.preparedQuery("SELECT " + COLUMNS + " FROM patron.staff_users WHERE tenant_id = $1 AND id = $2"
            + (forUpdate ? " FOR UPDATE" : ""))
        .execute(Tuple.of(tenantId, id))
        .map(StaffRepository::first);
  }

  public Future<WithPassword> findByEmail(SqlClient sql, UUID tenantId, String email) {
    return sql.preparedQuery("SELECT " + COLUMNS + ", password_hash FROM patron.staff_users"
            + " WHERE tenant_id = $1 AND lower(email) = lower($2)")
        .execute(Tuple.of(tenantId, email))
        .map(rows -> {
          if (rows.size() == 0) {
            return null;
          }
          Row row = rows.iterator().next();
          return new WithPassword(map(row), row.getString("password_hash"));
        });
  }

  /** A page in order of email (case-insensitively), then id. */
  public Future<Page<StaffUser>> list(SqlClient sql, UUID tenantId, PageRequest page) {
    Tuple params = Tuple.of(tenantId);
    String where = "";
    if (page.after() != null) {
      params.addString(page.afterString("email")).addUUID(page.afterUuid("id"));
      where = " AND (lower(email), id) > ($2, $3)";
    }
    params.addInteger(page.limit() + 1);
    return sql.preparedQuery("SELECT " + COLUMNS + " FROM patron.staff_users WHERE tenant_id = $1" + where
            + " ORDER BY lower(email), id LIMIT $" + params.size())
        .execute(params)
        .map(rows -> {
          List<StaffUser> users = new ArrayList<>();
          rows.forEach(row -> users.add(map(row)));
          return Page.of(users, page.limit(), last -> new JsonObject()
              .put("email", last.email().toLowerCase(Locale.ROOT)).put("id", last.id().toString()));
        });
  }

  /** Writes name, language, role and state (the version was checked by the caller, under a row lock). */
  public Future<Void> update(SqlClient sql, StaffUser user, String actor) {
    return sql.preparedQuery("UPDATE patron.staff_users SET name = $3, language = $4, role = $5, state = $6,"
            + " version = $7, updated_at = $8, updated_by = $9 WHERE tenant_id = $1 AND id = $2")
        .execute(Tuple.from(new Object[] {user.tenantId(), user.id(), user.name(), user.language(), user.role().name(),
            user.state().name(), user.version(), Rows.param(user.updatedAt()), actor}))
        .mapEmpty();
  }

  /** Sets the password and makes an invited account active. */
  public Future<StaffUser> setPassword(SqlClient sql, UUID tenantId, UUID id, String passwordHash, Instant at,
      String actor) {
    return sql.preparedQuery("UPDATE patron.staff_users SET password_hash = $3,"
            + " state = CASE state WHEN 'INVITED' THEN 'ACTIVE' ELSE state END,"
            + " version = version + 1, updated_at = $4, updated_by = $5 WHERE tenant_id = $1 AND id = $2"
            + " RETURNING " + COLUMNS)
        .execute(Tuple.of(tenantId, id, passwordHash, Rows.param(at), actor))
        .map(StaffRepository::first);
  }

  public Future<String> passwordHash(SqlClient sql, UUID tenantId, UUID id) {
    return sql.preparedQuery("SELECT password_hash FROM patron.staff_users WHERE tenant_id = $1 AND id = $2")
        .execute(Tuple.of(tenantId, id))
        .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getString("password_hash"));
  }

  /**
   * Serialises changes of one restaurant's staff (until the transaction ends), so two owners
   * demoting each other cannot both pass the last-owner check, nor deadlock on each other's rows.
   * The tenant's row is locked without its key, so writes that only reference the tenant go on.
   */
  public Future<Void> lockStaffOf(SqlClient sql, UUID tenantId) {
    return sql.preparedQuery("SELECT id FROM patron.tenants WHERE id = $1 FOR NO KEY UPDATE")
        .execute(Tuple.of(tenantId))
        .mapEmpty();
  }

  /** Active owners other than {@code except}; call under {@link #lockStaffOf}. */
  public Future<Integer> countOtherActiveOwners(SqlClient sql, UUID tenantId, UUID except) {
    return sql.preparedQuery("SELECT count(*) AS owners FROM patron.staff_users WHERE tenant_id = $1 AND id <> $2"
            + " AND role = 'OWNER' AND state = 'ACTIVE'")
        .execute(Tuple.of(tenantId, except))
        .map(rows -> rows.iterator().next().getLong("owners").intValue());
  }

  private static StaffUser first(RowSet<Row> rows) {
    return rows.size() == 0 ? null : map(rows.iterator().next());
  }

  static StaffUser map(Row row) {
    return new StaffUser(row.getUUID("tenant_id"), row.getUUID("id"), row.getString("email"), row.getString("name"),
        row.getString("language"), StaffRole.valueOf(row.getString("role")), StaffState.valueOf(row.getString("state")),
        row.getLong("version"), Rows.instant(row, "created_at"), Rows.instant(row, "updated_at"));
  }
}
