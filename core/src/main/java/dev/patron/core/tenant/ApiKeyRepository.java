package dev.patron.core.tenant;

import dev.patron.kit.sql.Rows;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** SQL for API keys. */
public final class ApiKeyRepository {

  /** Who a presented key belongs to, while it is not revoked (its tenant may be disabled). */
  public record KeyOwner(UUID tenantId, UUID keyId) {
  }

  public Future<Void> insert(SqlClient sql, ApiKey key, byte[] hash) {
    return sql.preparedQuery("INSERT INTO patron.api_keys (tenant_id, id, name, key_prefix, key_hash, created_at)"
            + " VALUES ($1, $2, $3, $4, $5, $6)")
        .execute(Tuple.of(key.tenantId(), key.id(), key.name(), key.prefix(), Buffer.buffer(hash),
            Rows.param(key.createdAt())))
        .mapEmpty();
  }

  public Future<List<ApiKey>> list(SqlClient sql, UUID tenantId) {
    return sql.preparedQuery("SELECT tenant_id, id, name, key_prefix, created_at, revoked_at FROM patron.api_keys"
            + " WHERE tenant_id = $1 ORDER BY created_at, id")
        .execute(Tuple.of(tenantId))
        .map(rows -> {
          List<ApiKey> keys = new ArrayList<>();
          rows.forEach(row -> keys.add(map(row)));
          return keys;
        });
  }

  /** Revokes a key; {@code false} when the tenant has no such key. Revoking twice is harmless. */
  public Future<Boolean> revoke(SqlClient sql, UUID tenantId, UUID keyId, Instant at) {
    return sql.preparedQuery("UPDATE patron.api_keys SET revoked_at = COALESCE(revoked_at, $3)"
            + " WHERE tenant_id = $1 AND id = $2")
        .execute(Tuple.of(tenantId, keyId, Rows.param(at)))
        .map(rows -> rows.rowCount() > 0);
  }

  public Future<KeyOwner> findActive(SqlClient sql, byte[] hash) {
    return sql.preparedQuery("SELECT tenant_id, id FROM patron.api_keys WHERE key_hash = $1 AND revoked_at IS NULL")
        .execute(Tuple.of(Buffer.buffer(hash)))
        .map(rows -> rows.size() == 0 ? null
            : new KeyOwner(rows.iterator().next().getUUID("tenant_id"), rows.iterator().next().getUUID("id")));
  }

  private static ApiKey map(Row row) {
    return new ApiKey(row.getUUID("id"), row.getUUID("tenant_id"), row.getString("name"), row.getString("key_prefix"),
        Rows.instant(row, "created_at"), Rows.instant(row, "revoked_at"));
  }
}
