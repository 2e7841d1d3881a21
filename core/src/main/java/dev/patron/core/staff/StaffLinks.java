package dev.patron.core.staff;

import dev.patron.core.security.SecretTokens;
import dev.patron.kit.sql.Rows;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One-time links that let a person set their password: an invitation, or a reset. Only the token's
 * hash is stored; issuing a new link for a person voids their earlier ones, and taking a link
 * spends it.
 */
public final class StaffLinks {

  /** Prefix of the links' tokens, so a leaked one is recognisable (and never mistaken for a key). */
  public static final String PREFIX = "ptl_";

  public enum Purpose { INVITATION, PASSWORD_RESET }

  /** A link as issued: the token is shown to the inviter this once. */
  public record Issued(String token, Purpose purpose, Instant expiresAt) {
  }

  /** Whose link a token was. */
  public record Taken(UUID tenantId, UUID staffId, Purpose purpose) {
  }

  public Future<Issued> issue(SqlClient sql, UUID tenantId, UUID staffId, Purpose purpose, Instant now,
      Duration lifetime) {
    String token = SecretTokens.create(PREFIX);
    Instant expiresAt = now.plus(lifetime);
    return sql.preparedQuery("DELETE FROM patron.staff_links WHERE tenant_id = $1 AND staff_id = $2")
        .execute(Tuple.of(tenantId, staffId))
        .compose(v -> sql.preparedQuery("INSERT INTO patron.staff_links"
                + " (token_hash, tenant_id, staff_id, purpose, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)")
            .execute(Tuple.of(Buffer.buffer(SecretTokens.hash(token)), tenantId, staffId, purpose.name(),
                Rows.param(now), Rows.param(expiresAt))))
        .map(new Issued(token, purpose, expiresAt));
  }

  /** Spends a live link; {@code null} when the token is unknown, spent or expired. */
  public Future<Taken> take(SqlClient sql, String token, Instant now) {
    return sql.preparedQuery("DELETE FROM patron.staff_links WHERE token_hash = $1"
            + " RETURNING tenant_id, staff_id, purpose, expires_at")
        .execute(Tuple.of(Buffer.buffer(SecretTokens.hash(token))))
        .map(rows -> {
          if (rows.size() == 0) {
            return null;
          }
          Row row = rows.iterator().next();
          return Rows.instant(row, "expires_at").isAfter(now)
              ? new Taken(row.getUUID("tenant_id"), row.getUUID("staff_id"), Purpose.valueOf(row.getString("purpose")))
              : null;
        });
  }

  /** Whose live link a token is, without spending it; {@code null} when unknown or expired. */
  public Future<Taken> peek(SqlClient sql, String token, Instant now) {
    return sql.preparedQuery("SELECT tenant_id, staff_id, purpose FROM patron.staff_links"
            + " WHERE token_hash = $1 AND expires_at > $2")
        .execute(Tuple.of(Buffer.buffer(SecretTokens.hash(token)), Rows.param(now)))
        .map(rows -> {
          if (rows.size() == 0) {
            return null;
          }
          Row row = rows.iterator().next();
          return new Taken(row.getUUID("tenant_id"), row.getUUID("staff_id"), Purpose.valueOf(row.getString("purpose")));
        });
  }

  /** Drops a person's open links (they were disabled). */
  public Future<Void> voidAll(SqlClient sql, UUID tenantId, UUID staffId) {
    return sql.preparedQuery("DELETE FROM patron.staff_links WHERE tenant_id = $1 AND staff_id = $2")
        .execute(Tuple.of(tenantId, staffId))
        .mapEmpty();
  }

  /** Removes expired links; run now and then. */
  public Future<Integer> purgeExpired(SqlClient sql, Instant now) {
    return sql.preparedQuery("DELETE FROM patron.staff_links WHERE expires_at < $1")
        .execute(Tuple.of(Rows.param(now)))
        .map(rows -> rows.rowCount());
  }
}
