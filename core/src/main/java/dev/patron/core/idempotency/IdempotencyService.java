package dev.patron.core.idempotency;

import dev.patron.api.plugin.ApiResponse;
import dev.patron.api.plugin.Idempotency;
import dev.patron.api.problem.Problems;
import dev.patron.api.tenant.Tenant;
import dev.patron.kit.sql.Rows;
import dev.patron.core.json.CanonicalJson;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Idempotency keys kept in PostgreSQL, so every server instance agrees on them.
 *
 * <p>The key is claimed with an insert at the start of the write's own transaction. A concurrent
 * request with the same key blocks on that row until the first commits, then finds the stored
 * response and replays it; if the first rolled back, the second claims the key and runs. So a
 * write happens once however many times, and however concurrently, it is retried.
 */
public final class IdempotencyService implements Idempotency {

  public static final Duration RETENTION = Duration.ofHours(24);

  private final Pool pool;
  private final Clock clock;

  public IdempotencyService(Pool pool, Clock clock) {
    this.pool = pool;
    this.clock = clock;
  }

  @Override
  public Future<ApiResponse> run(Tenant tenant, String scope, String key, JsonObject request,
      Function<SqlConnection, Future<ApiResponse>> work) {
    return run(tenant.id(), scope, key, request, work);
  }

  public Future<ApiResponse> run(UUID tenantId, String scope, String key, JsonObject request,
      Function<SqlConnection, Future<ApiResponse>> work) {
    if (key == null) {
      return pool.withTransaction(work);
    }
    byte[] fingerprint = CanonicalJson.sha256(new JsonObject().put("scope", scope).put("request", request));
    Instant now = Rows.now(clock);
    return pool.<ApiResponse>withTransaction(tx -> claim(tx, tenantId, scope, key, fingerprint, now).compose(claimed -> {
      if (!claimed) {
        return Future.succeededFuture(null);
      }
      return work.apply(tx).compose(response -> store(tx, tenantId, scope, key, response).map(response));
    })).compose(response -> response != null
        ? Future.succeededFuture(response)
        : replay(tenantId, scope, key, fingerprint, work, request));
  }

  /** Claims the key, or takes over an expired claim; {@code false} when a live one exists. */
  private Future<Boolean> claim(SqlClient tx, UUID tenantId, String scope, String key, byte[] fingerprint, Instant now) {
    return tx.preparedQuery("INSERT INTO patron.idempotency_keys (tenant_id, scope, key, request_hash, created_at)"
            + " VALUES ($1, $2, $3, $4, $5)"
            + " ON CONFLICT (tenant_id, scope, key) DO UPDATE SET request_hash = EXCLUDED.request_hash,"
            + " status = NULL, body = NULL, headers = NULL, created_at = EXCLUDED.created_at"
            + " WHERE idempotency_keys.created_at < $6")
        .execute(Tuple.of(tenantId, scope, key, Buffer.buffer(fingerprint), Rows.param(now),
            Rows.param(now.minus(RETENTION))))
        .map(rows -> rows.rowCount() == 1);
  }

  private Future<Void> store(SqlClient tx, UUID tenantId, String scope, String key, ApiResponse response) {
    JsonObject headers = new JsonObject();
    response.headers().forEach(headers::put);
    return tx.preparedQuery("UPDATE patron.idempotency_keys SET status = $4, body = $5, headers = $6"
            + " WHERE tenant_id = $1 AND scope = $2 AND key = $3")
        .execute(Tuple.of(tenantId, scope, key, response.status(), response.body(), headers))
        .mapEmpty();
  }

  private Future<ApiResponse> replay(UUID tenantId, String scope, String key, byte[] fingerprint,
      Function<SqlConnection, Future<ApiResponse>> work, JsonObject request) {
    return pool.preparedQuery("SELECT request_hash, status, body, headers FROM patron.idempotency_keys"
            + " WHERE tenant_id = $1 AND scope = $2 AND key = $3")
        .execute(Tuple.of(tenantId, scope, key))
        .compose(rows -> {
          if (rows.size() == 0) {
            // Purged between our claim attempt and now (archive, expiry): the key is free again.
            return run(tenantId, scope, key, request, work);
          }
          Row row = rows.iterator().next();
          if (!Arrays.equals(row.getBuffer("request_hash").getBytes(), fingerprint)) {
            throw Problems.conflict("idempotency-key-reused",
                "This Idempotency-Key was already used with a different request; use a new key for a new request.");
          }
          Map<String, String> headers = new HashMap<>();
          JsonObject stored = row.getJsonObject("headers");
          if (stored != null) {
            stored.forEach(entry -> headers.put(entry.getKey(), String.valueOf(entry.getValue())));
          }
          return Future.succeededFuture(new ApiResponse(row.getInteger("status"), row.getJsonObject("body"), headers, true));
        });
  }

  /** Forgets stored responses that mention a customer: archive leaves no personal data behind. */
  public Future<Void> forgetCustomer(SqlClient tx, UUID tenantId, UUID customerId) {
    return tx.preparedQuery("DELETE FROM patron.idempotency_keys WHERE tenant_id = $1 AND body::text LIKE $2")
        .execute(Tuple.of(tenantId, "%" + customerId + "%"))
        .mapEmpty();
  }

  /** Deletes keys past their retention, a batch at a time; returns how many went. */
  public Future<Integer> purgeExpired(int batch) {
    // By key, not by ctid: a ctid names a row only within one shard of a distributed table.
    return pool.preparedQuery("DELETE FROM patron.idempotency_keys WHERE (tenant_id, scope, key) IN ("
            + "SELECT tenant_id, scope, key FROM patron.idempotency_keys WHERE created_at < $1 LIMIT $2)")
        .execute(Tuple.of(Rows.param(Rows.now(clock).minus(RETENTION)), batch))
        .map(rows -> rows.rowCount());
  }
}
