package dev.patron.core.session;

import dev.patron.api.tenant.StaffRole;
import dev.patron.core.security.SecretTokens;
import dev.patron.kit.sql.Rows;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.UUID;

/**
 * Server-side sessions in PostgreSQL, so they survive restarts and every instance sees the same:
 * ending one (or all of a person's) counts on the next request anywhere. Only the token's hash is
 * stored.
 */
public final class SessionStore {

  /** Prefix of staff session tokens. */
  public static final String STAFF_PREFIX = "pss_";
  /** Prefix of the host admin's session tokens. */
  public static final String ADMIN_PREFIX = "psa_";

  private final SessionSettings settings;

  public SessionStore(SessionSettings settings) {
    this.settings = settings;
  }

  public SessionSettings settings() {
    return settings;
  }

  /** A new session, with a new token: a session id is never taken from the client. */
  public record Created(String token, Instant expiresAt) {
  }

  /** Opens a session for a staff user, or for the admin when both ids are {@code null}. */
  public Future<Created> create(SqlClient sql, UUID tenantId, UUID staffId, Instant now) {
    String token = SecretTokens.create(staffId == null ? ADMIN_PREFIX : STAFF_PREFIX);
    Instant expiresAt = now.plus(settings.maxLifetime());
    return sql.preparedQuery("INSERT INTO patron.sessions (token_hash, tenant_id, staff_id, created_at, last_seen_at,"
            + " expires_at) VALUES ($1, $2, $3, $4, $4, $5)")
        .execute(Tuple.of(Buffer.buffer(SecretTokens.hash(token)), tenantId, staffId, Rows.param(now),
            Rows.param(expiresAt)))
        .map(new Created(token, expiresAt));
  }

  /**
   * The live session of a token, with its user's current role; {@code null} when it is unknown,
   * expired, idle too long or its user is not active. Marks it seen when it was not seen lately.
   */
  public Future<Session> find(SqlClient reader, SqlClient writer, String token, Instant now) {
    byte[] hash = SecretTokens.hash(token);
    return reader.preparedQuery("SELECT s.tenant_id, s.staff_id, s.created_at, s.last_seen_at, s.expires_at, u.role,"
            + " u.state FROM patron.sessions s LEFT JOIN patron.staff_users u"
            + " ON u.tenant_id = s.tenant_id AND u.id = s.staff_id WHERE s.token_hash = $1")
        .execute(Tuple.of(Buffer.buffer(hash)))
        .compose(rows -> {
          if (rows.size() == 0) {
            return Future.succeededFuture(null);
          }
          Row row = rows.iterator().next();
          UUID staffId = row.getUUID("staff_id");
          if (staffId != null && !"ACTIVE".equals(row.getString("state"))) {
            return Future.succeededFuture(null);
          }
          Session session = new Session(hash, row.getUUID("tenant_id"), staffId,
              staffId == null ? null : StaffRole.valueOf(row.getString("role")),
              Rows.instant(row, "created_at"), Rows.instant(row, "last_seen_at"), Rows.instant(row, "expires_at"));
          if (!session.liveAt(now, settings.idleTimeout())) {
            return end(writer, hash).map((Session) null);
          }
          if (session.lastSeenAt().plus(settings.touchInterval()).isAfter(now)) {
            return Future.succeededFuture(session);
          }
          return writer.preparedQuery("UPDATE patron.sessions SET last_seen_at = $2 WHERE token_hash = $1")
              .execute(Tuple.of(Buffer.buffer(hash), Rows.param(now)))
              .map(new Session(hash, session.tenantId(), staffId, session.role(), session.createdAt(), now,
                  session.expiresAt()));
        });
  }

  /** Ends one session. */
  public Future<Void> end(SqlClient sql, byte[] tokenHash) {
    return sql.preparedQuery("DELETE FROM patron.sessions WHERE token_hash = $1")
        .execute(Tuple.of(Buffer.buffer(tokenHash)))
        .mapEmpty();
  }

  /** Ends the session of a token, if it is one. */
  public Future<Void> end(SqlClient sql, String token) {
    return end(sql, SecretTokens.hash(token));
  }

  /** Ends every session of a staff user: sign-out everywhere, a new password, a disabled account. */
  public Future<Integer> endAllOf(SqlClient sql, UUID tenantId, UUID staffId) {
    return sql.preparedQuery("DELETE FROM patron.sessions WHERE tenant_id = $1 AND staff_id = $2")
        .execute(Tuple.of(tenantId, staffId))
        .map(rows -> rows.rowCount());
  }

  /** Ends every admin session. */
  public Future<Integer> endAllAdmin(SqlClient sql) {
    return sql.preparedQuery("DELETE FROM patron.sessions WHERE staff_id IS NULL")
        .execute()
        .map(rows -> rows.rowCount());
  }

  /** Removes sessions past their lifetime or idle too long; run now and then. */
  public Future<Integer> purgeExpired(SqlClient sql, Instant now) {
    return sql.preparedQuery("DELETE FROM patron.sessions WHERE expires_at < $1 OR last_seen_at < $2")
        .execute(Tuple.of(Rows.param(now), Rows.param(now.minus(settings.idleTimeout()))))
        .map(rows -> rows.rowCount());
  }
}
