package dev.patron.plugins.webhooks.endpoint;

import dev.patron.kit.page.Page;
import dev.patron.kit.page.PageRequest;
import dev.patron.kit.sql.Rows;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The endpoints table: every statement names the tenant. */
public final class EndpointRepository {

  private static final String TABLE = "webhooks.endpoints";

  public Future<Endpoint> insert(SqlClient sql, UUID tenantId, UUID id, EndpointUrl url, List<String> types,
      String description, boolean enabled, String sealedSecret) {
    return sql.preparedQuery("INSERT INTO " + TABLE + " (tenant_id, id, url, description, event_types, enabled,"
            + " disabled_reason, disabled_at, secret_sealed, version, created_at, updated_at)"
            + " VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $6 THEN NULL ELSE 'disabled when it was registered' END,"
            + " CASE WHEN $6 THEN NULL ELSE now() END, $7, 1, now(), now()) RETURNING " + Endpoint.COLUMNS)
        .execute(Tuple.tuple().addUUID(tenantId).addUUID(id).addString(url.text()).addString(description)
            .addArrayOfString(types.toArray(String[]::new)).addBoolean(enabled).addString(sealedSecret))
        .map(rows -> Endpoint.from(rows.iterator().next()));
  }

  public Future<Long> count(SqlClient sql, UUID tenantId) {
    return sql.preparedQuery("SELECT count(*) AS n FROM " + TABLE + " WHERE tenant_id = $1")
        .execute(Tuple.of(tenantId))
        .map(rows -> rows.iterator().next().getLong("n"));
  }

  /** Serialises registrations of one restaurant, so the endpoint limit holds under concurrency. */
  public Future<Void> lockTenant(SqlClient sql, UUID tenantId) {
    return sql.preparedQuery("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))")
        .execute(Tuple.of("webhooks.endpoints:" + tenantId))
        .mapEmpty();
  }

  public Future<Endpoint> find(SqlClient sql, UUID tenantId, UUID id) {
    return sql.preparedQuery("SELECT " + Endpoint.COLUMNS + " FROM " + TABLE + " WHERE tenant_id = $1 AND id = $2")
        .execute(Tuple.of(tenantId, id))
        .map(EndpointRepository::firstOrNull);
  }

  public Future<Page<Endpoint>> list(SqlClient sql, UUID tenantId, PageRequest page) {
    String query = "SELECT " + Endpoint.COLUMNS + " FROM " + TABLE + " WHERE tenant_id = $1";
    Tuple params = Tuple.of(tenantId);
    if (page.after() != null) {
      query += " AND (created_at, id) > ($2, $3)";
      params.addOffsetDateTime(page.afterTimestamp("createdAt")).addUUID(page.afterUuid("id"));
    }
    query += " ORDER BY created_at, id LIMIT " + (page.limit() + 1);
    return sql.preparedQuery(query).execute(params).map(rows -> {
      List<Endpoint> endpoints = new ArrayList<>();
      rows.forEach(row -> endpoints.add(Endpoint.from(row)));
      return Page.of(endpoints, page.limit(), e -> new JsonObject()
          .put("createdAt", Rows.param(e.createdAt()).toString()).put("id", e.id().toString()));
    });
  }

  /**
   * Writes a changed endpoint if it is still at {@code expectedVersion}. Enabling clears the
   * disabled reason and the failure streak, and makes its held deliveries due at once.
   */
  public Future<Endpoint> update(SqlClient sql, Endpoint changed, long expectedVersion) {
    return sql.preparedQuery("UPDATE " + TABLE + " SET url = $3, description = $4, event_types = $5, enabled = $6,"
            + " disabled_reason = CASE WHEN $6 THEN NULL WHEN enabled THEN 'disabled by a person' ELSE disabled_reason END,"
            + " disabled_at = CASE WHEN $6 THEN NULL WHEN enabled THEN now() ELSE disabled_at END,"
            + " failing_since = CASE WHEN $6 AND NOT enabled THEN NULL ELSE failing_since END,"
            + " consecutive_failures = CASE WHEN $6 AND NOT enabled THEN 0 ELSE consecutive_failures END,"
            + " retry_at = CASE WHEN $6 AND NOT enabled THEN NULL ELSE retry_at END,"
            + " version = version + 1, updated_at = now()"
            + " WHERE tenant_id = $1 AND id = $2 AND version = $7 RETURNING " + Endpoint.COLUMNS)
        .execute(Tuple.tuple().addUUID(changed.tenantId()).addUUID(changed.id()).addString(changed.url())
            .addString(changed.description()).addArrayOfString(changed.eventTypes().toArray(String[]::new))
            .addBoolean(changed.enabled()).addLong(expectedVersion))
        .map(EndpointRepository::firstOrNull);
  }

  /** Makes an enabled endpoint's waiting deliveries due now (after it was enabled again). */
  public Future<Void> releaseHeld(SqlClient sql, UUID tenantId, UUID endpointId) {
    return sql.preparedQuery("UPDATE webhooks.deliveries SET next_attempt_at = now()"
            + " WHERE tenant_id = $1 AND endpoint_id = $2 AND state = 'PENDING' AND next_attempt_at > now()")
        .execute(Tuple.of(tenantId, endpointId))
        .mapEmpty();
  }

  /** Holds a disabled endpoint's waiting deliveries out of the queue until it is enabled again. */
  public Future<Void> holdPending(SqlClient sql, UUID tenantId, UUID endpointId) {
    return sql.preparedQuery("UPDATE webhooks.deliveries SET next_attempt_at = 'infinity'"
            + " WHERE tenant_id = $1 AND endpoint_id = $2 AND state = 'PENDING' AND leased_until IS NULL")
        .execute(Tuple.of(tenantId, endpointId))
        .mapEmpty();
  }

  public Future<Boolean> delete(SqlClient sql, UUID tenantId, UUID id, Long expectedVersion) {
    String query = "DELETE FROM " + TABLE + " WHERE tenant_id = $1 AND id = $2"
        + (expectedVersion == null ? "" : " AND version = $3");
    Tuple params = expectedVersion == null ? Tuple.of(tenantId, id) : Tuple.of(tenantId, id, expectedVersion);
    return sql.preparedQuery(query).execute(params).map(rows -> rows.rowCount() == 1);
  }

  /**
   * Replaces the signing secret: the current one becomes the previous, signing alongside the new
   * one for {@code overlap} (none when zero).
   */
  public Future<Endpoint> rotate(SqlClient sql, UUID tenantId, UUID id, String sealedSecret, Duration overlap) {
    return sql.preparedQuery("UPDATE " + TABLE + " SET previous_secret_sealed = CASE WHEN $4::bigint > 0 THEN secret_sealed END,"
            + " previous_secret_expires_at = CASE WHEN $4::bigint > 0 THEN now() + make_interval(secs => $4::bigint) END,"
            + " secret_sealed = $3, version = version + 1, updated_at = now()"
            + " WHERE tenant_id = $1 AND id = $2 RETURNING " + Endpoint.COLUMNS)
        .execute(Tuple.of(tenantId, id, sealedSecret, overlap.toSeconds()))
        .map(EndpointRepository::firstOrNull);
  }

  private static Endpoint firstOrNull(RowSet<Row> rows) {
    return rows.size() == 0 ? null : Endpoint.from(rows.iterator().next());
  }
}
