package dev.patron.plugins.webhooks.send;

import dev.patron.plugins.webhooks.WebhookSettings;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The sender's queue statements, across restaurants (like the host's outbox dispatch, this worker
 * serves every tenant; each row it touches is then named by tenant and id).
 *
 * <p>A claim leases due deliveries in one statement: only enabled endpoints whose failure streak
 * allows an attempt now; per endpoint and subject only the earliest pending delivery (order per
 * subject); per endpoint no more than its concurrency cap in flight (one while it is failing). The
 * lease (the attempt's time limits and a margin) is what keeps two instances from sending one
 * delivery at once; if this instance dies, the lease runs out and another takes the delivery over:
 * at least once.
 */
final class Claims {

  private static final String CLAIM = """
      WITH inflight AS (
        SELECT tenant_id, endpoint_id, count(*) AS n FROM webhooks.deliveries
        WHERE state = 'PENDING' AND leased_until > now() GROUP BY tenant_id, endpoint_id),
      ready AS (
        SELECT d.tenant_id, d.id, d.next_attempt_at,
               row_number() OVER (PARTITION BY d.tenant_id, d.endpoint_id ORDER BY d.seq) AS place,
               coalesce(i.n, 0) AS busy,
               CASE WHEN e.consecutive_failures > 0 THEN 1 ELSE $1 END AS cap
        FROM webhooks.deliveries d
        JOIN webhooks.endpoints e ON e.tenant_id = d.tenant_id AND e.id = d.endpoint_id
        LEFT JOIN inflight i ON i.tenant_id = d.tenant_id AND i.endpoint_id = d.endpoint_id
        WHERE d.state = 'PENDING' AND d.next_attempt_at <= now()
          AND (d.leased_until IS NULL OR d.leased_until <= now())
          AND e.enabled AND (e.retry_at IS NULL OR e.retry_at <= now())
          AND NOT EXISTS (SELECT 1 FROM webhooks.deliveries p
                          WHERE p.tenant_id = d.tenant_id AND p.endpoint_id = d.endpoint_id
                            AND p.subject_id = d.subject_id AND p.state = 'PENDING' AND p.seq < d.seq)),
      chosen AS (
        SELECT tenant_id, id FROM ready WHERE place + busy <= cap ORDER BY next_attempt_at LIMIT $2)
      UPDATE webhooks.deliveries d
      SET leased_until = now() + make_interval(secs => $3::bigint), attempts = d.attempts + 1
      FROM chosen c, webhooks.endpoints e
      WHERE d.tenant_id = c.tenant_id AND d.id = c.id AND d.state = 'PENDING'
        AND (d.leased_until IS NULL OR d.leased_until <= now())
        AND e.tenant_id = d.tenant_id AND e.id = d.endpoint_id
      RETURNING d.tenant_id, d.id, d.endpoint_id, d.attempts, d.replayed_after, d.payload::text AS body, e.url,
        e.secret_sealed,
        CASE WHEN e.previous_secret_expires_at > now() THEN e.previous_secret_sealed END AS previous_secret_sealed""";

  private static final String ATTEMPT = "INSERT INTO webhooks.attempts (tenant_id, delivery_id, attempt, attempted_at,"
      + " status, latency_ms, outcome, error, response_excerpt) VALUES ($1, $2, $3, now(), $4, $5, $6, $7, $8)"
      + " ON CONFLICT DO NOTHING";

  /** The delivery's new state; only if this instance still holds the attempt it claimed. */
  private static final String SETTLE = "UPDATE webhooks.deliveries SET state = $4,"
      + " next_attempt_at = CASE WHEN $4 = 'PENDING' THEN now() + make_interval(secs => $5::double precision)"
      + "   ELSE next_attempt_at END,"
      + " leased_until = NULL, last_status = $6, last_error = $7,"
      + " finished_at = CASE WHEN $4 = 'PENDING' THEN NULL ELSE now() END"
      + " WHERE tenant_id = $1 AND id = $2 AND attempts = $3 AND state = 'PENDING'";

  private static final String ENDPOINT_SUCCEEDED = "UPDATE webhooks.endpoints"
      + " SET failing_since = NULL, consecutive_failures = 0, retry_at = NULL"
      + " WHERE tenant_id = $1 AND id = $2 AND consecutive_failures > 0";

  /**
   * A failed attempt lengthens the endpoint's streak and paces its next attempt; a 410, or a
   * streak older than the host's limit, disables it with the reason.
   */
  private static final String ENDPOINT_FAILED = "UPDATE webhooks.endpoints SET"
      + " failing_since = coalesce(failing_since, now()),"
      + " consecutive_failures = consecutive_failures + 1,"
      + " retry_at = now() + make_interval(secs => coalesce(($3::float8[])[least(consecutive_failures + 1,"
      + "   cardinality($3::float8[]))], 0) * (0.9 + random() * 0.2)),"
      + " enabled = CASE WHEN $4 OR coalesce(failing_since, now()) <= now() - make_interval(secs => $5::bigint)"
      + "   THEN false ELSE enabled END,"
      + " disabled_at = CASE WHEN enabled AND ($4 OR coalesce(failing_since, now()) <= now() - make_interval(secs => $5::bigint))"
      + "   THEN now() ELSE disabled_at END,"
      + " disabled_reason = CASE WHEN enabled AND $4 THEN $6"
      + "   WHEN enabled AND coalesce(failing_since, now()) <= now() - make_interval(secs => $5::bigint)"
      + "   THEN 'failing since ' || to_char(coalesce(failing_since, now()) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"
      + "     || ' (' || (consecutive_failures + 1) || ' failed attempts in a row); last: ' || $6"
      + "   ELSE disabled_reason END,"
      + " version = CASE WHEN enabled AND ($4 OR coalesce(failing_since, now()) <= now() - make_interval(secs => $5::bigint))"
      + "   THEN version + 1 ELSE version END"
      + " WHERE tenant_id = $1 AND id = $2";

  private static final String PRUNE = "DELETE FROM webhooks.deliveries WHERE state <> 'PENDING'"
      + " AND finished_at < now() - make_interval(days => $1)";

  private final Pool pool;
  private final WebhookSettings settings;
  /** The retry schedule in seconds: the endpoint's n-th failure in a row waits the n-th step. */
  private final Double[] scheduleSeconds;

  Claims(Pool pool, WebhookSettings settings) {
    this.pool = pool;
    this.settings = settings;
    this.scheduleSeconds = settings.retrySchedule().stream().map(Claims::seconds).toArray(Double[]::new);
  }

  Future<List<Claim>> claim(int batch) {
    long lease = settings.connectTimeout().plus(settings.responseTimeout()).plusSeconds(10).toSeconds();
    return pool.preparedQuery(CLAIM)
        .execute(Tuple.of(settings.endpointConcurrency(), batch, lease))
        .map(rows -> {
          List<Claim> claims = new ArrayList<>(rows.size());
          rows.forEach(row -> claims.add(Claim.from(row)));
          return claims;
        });
  }

  /** Records the attempt and settles the delivery and the endpoint's streak, in one transaction. */
  Future<Void> settle(Claim claim, Outcome outcome) {
    boolean exhausted = claim.sinceReplay() >= settings.maxAttempts();
    String state = switch (outcome.kind()) {
      case SUCCEEDED -> "SUCCEEDED";
      case REJECTED, GONE -> "FAILED";
      case RETRY -> exhausted ? "FAILED" : "PENDING";
    };
    String attemptOutcome = state.equals("PENDING") ? "RETRYING" : state;
    String lastError = outcome.kind() == Outcome.Kind.RETRY && exhausted
        ? "gave up after " + claim.sinceReplay() + " attempts; last: " + outcome.error()
        : outcome.error();
    return pool.withTransaction(tx -> tx.preparedQuery(ATTEMPT)
            .execute(Tuple.tuple().addUUID(claim.tenantId()).addUUID(claim.deliveryId()).addInteger(claim.attempt())
                .addInteger(outcome.status()).addInteger((int) Math.min(Integer.MAX_VALUE, outcome.latencyMs()))
                .addString(attemptOutcome).addString(outcome.error()).addString(outcome.excerpt()))
            .compose(v -> tx.preparedQuery(SETTLE).execute(Tuple.tuple().addUUID(claim.tenantId())
                .addUUID(claim.deliveryId()).addInteger(claim.attempt()).addString(state)
                .addDouble(seconds(wait(claim.sinceReplay()))).addInteger(outcome.status()).addString(lastError)))
            .compose(v -> outcome.succeeded()
                ? tx.preparedQuery(ENDPOINT_SUCCEEDED).execute(Tuple.of(claim.tenantId(), claim.endpointId()))
                : tx.preparedQuery(ENDPOINT_FAILED).execute(Tuple.tuple().addUUID(claim.tenantId())
                    .addUUID(claim.endpointId()).addArrayOfDouble(scheduleSeconds)
                    .addBoolean(outcome.kind() == Outcome.Kind.GONE).addLong(settings.disableAfter().toSeconds())
                    .addString(outcome.error())))
            .mapEmpty());
  }

  /** Deletes finished deliveries past the retention period. */
  Future<Integer> prune() {
    return pool.preparedQuery(PRUNE).execute(Tuple.of((int) settings.retention().toDays())).map(rows -> rows.rowCount());
  }

  /** The wait after the n-th failed attempt, give or take a tenth so retries do not arrive together. */
  Duration wait(int failedAttempts) {
    List<Duration> schedule = settings.retrySchedule();
    if (schedule.isEmpty()) {
      return Duration.ZERO;
    }
    Duration base = schedule.get(Math.min(failedAttempts, schedule.size()) - 1);
    long millis = base.toMillis();
    long jitter = millis / 10;
    return Duration.ofMillis(jitter == 0 ? millis : millis + ThreadLocalRandom.current().nextLong(-jitter, jitter + 1));
  }

  private static double seconds(Duration duration) {
    return duration.toMillis() / 1000.0;
  }
}
