package dev.patron.core.session;

import dev.patron.core.security.Sha256;
import dev.patron.kit.sql.Rows;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Counts failed sign-ins in PostgreSQL (so every instance counts together) per key: the account
 * at the client's address, the address alone and the account alone, each with its own {@link
 * ThrottleRule}. A key is checked before the password is, so a held-back attempt costs no hash.
 * Keys are stored hashed: the table names neither emails nor addresses.
 */
public final class SignInThrottle {

  /** A key and the rule that holds it back. */
  public record Key(byte[] hash, ThrottleRule rule) {
  }

  /** The keys of a staff sign-in. */
  public static List<Key> staffKeys(UUID tenantId, String email, String address) {
    String account = tenantId + "|" + email.toLowerCase(Locale.ROOT);
    return List.of(
        new Key(Sha256.of("account-at|" + account + "|" + address), ThrottleRule.ACCOUNT_AT_ADDRESS),
        new Key(Sha256.of("address|" + address), ThrottleRule.ADDRESS),
        new Key(Sha256.of("account|" + account), ThrottleRule.ACCOUNT));
  }

  /** The keys of an admin sign-in: there is one account, so the address is what counts. */
  public static List<Key> adminKeys(String address) {
    return List.of(
        new Key(Sha256.of("admin-at|" + address), ThrottleRule.ACCOUNT_AT_ADDRESS),
        new Key(Sha256.of("address|" + address), ThrottleRule.ADDRESS));
  }

  /** How long the caller must wait before trying again; zero when it may try now. */
  public Future<Duration> waitFor(SqlClient sql, List<Key> keys, Instant now) {
    return sql.preparedQuery("SELECT max(blocked_until) AS until FROM patron.sign_in_failures"
            + " WHERE key_hash = ANY($1) AND blocked_until > $2")
        .execute(Tuple.of(hashes(keys), Rows.param(now)))
        .map(rows -> {
          Instant until = Rows.instant(rows.iterator().next(), "until");
          return until == null ? Duration.ZERO : Duration.between(now, until);
        });
  }

  /** Counts a failure against every key; a key's failures older than its window start again. */
  public Future<Void> failed(SqlClient sql, List<Key> keys, Instant now) {
    Future<Void> counted = Future.succeededFuture();
    for (Key key : keys) {
      counted = counted.compose(v -> sql.preparedQuery("INSERT INTO patron.sign_in_failures AS f"
              + " (key_hash, failures, last_failure_at) VALUES ($1, 1, $2) ON CONFLICT (key_hash) DO UPDATE SET"
              + " failures = CASE WHEN f.last_failure_at < $3 THEN 1 ELSE f.failures + 1 END,"
              + " last_failure_at = $2 RETURNING failures")
          .execute(Tuple.of(Buffer.buffer(key.hash()), Rows.param(now), Rows.param(now.minus(key.rule().window()))))
          .compose(rows -> {
            Duration delay = key.rule().delayAfter(rows.iterator().next().getInteger("failures"));
            return delay.isZero() ? Future.succeededFuture() : sql.preparedQuery(
                    "UPDATE patron.sign_in_failures SET blocked_until = $2 WHERE key_hash = $1")
                .execute(Tuple.of(Buffer.buffer(key.hash()), Rows.param(now.plus(delay))))
                .mapEmpty();
          }));
    }
    return counted;
  }

  /** Forgets the failures of these keys: the person got in. */
  public Future<Void> succeeded(SqlClient sql, List<Key> keys) {
    return sql.preparedQuery("DELETE FROM patron.sign_in_failures WHERE key_hash = ANY($1)")
        .execute(Tuple.of(hashes(keys)))
        .mapEmpty();
  }

  /** Removes counts no rule remembers any more; run now and then. */
  public Future<Integer> purge(SqlClient sql, Instant now) {
    return sql.preparedQuery("DELETE FROM patron.sign_in_failures WHERE last_failure_at < $1"
            + " AND (blocked_until IS NULL OR blocked_until < $2)")
        .execute(Tuple.of(Rows.param(now.minus(Duration.ofDays(1))), Rows.param(now)))
        .map(rows -> rows.rowCount());
  }

  private static Buffer[] hashes(List<Key> keys) {
    List<Buffer> hashes = new ArrayList<>(keys.size());
    keys.forEach(key -> hashes.add(Buffer.buffer(key.hash())));
    return hashes.toArray(Buffer[]::new);
  }
}
