package dev.patron.plugins.webhooks.send;

import dev.patron.plugins.webhooks.WebhookSettings;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Records what attempts came to, many at once: every attempt in the log, each delivery's new state
 * (done, failed, or due again after the schedule's wait), and each endpoint's failure streak. One
 * transaction and a handful of statements for a whole batch, whatever its size: the sender's cost
 * per delivery is mostly here, so it is paid per batch.
 *
 * <p>Without waiting for the disk ({@code synchronous_commit = off}): a settlement lost in a crash
 * leaves its delivery pending, and it is sent again — at least once, as a crash mid-attempt
 * requires anyway; receivers drop the repeat by its webhook-id. Nothing a client was told is lost.
 */
final class Settlements {

  /** One attempt's result, to record. */
  record Settlement(Claim claim, Outcome outcome) {
  }

  private static final String ATTEMPTS = "INSERT INTO webhooks.attempts (tenant_id, delivery_id, attempt, attempted_at,"
      + " status, latency_ms, outcome, error, response_excerpt)"
      + " SELECT a.tenant_id, a.delivery_id, a.attempt, now(), a.status, a.latency_ms, a.outcome, a.error, a.excerpt"
      + " FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::int[], $5::int[], $6::text[], $7::text[], $8::text[])"
      + "   AS a(tenant_id, delivery_id, attempt, status, latency_ms, outcome, error, excerpt)"
      // A delivery whose endpoint was deleted meanwhile is gone, with its log.
      + " WHERE EXISTS (SELECT 1 FROM webhooks.deliveries d WHERE d.tenant_id = a.tenant_id AND d.id = a.delivery_id)"
      + " ON CONFLICT DO NOTHING";

  /** Only where this instance still holds the attempt it claimed (a lease taken over is left alone). */
  private static final String DELIVERIES = "UPDATE webhooks.deliveries d SET state = s.state,"
      + " next_attempt_at = CASE WHEN s.state = 'PENDING' THEN now() + make_interval(secs => s.wait)"
      + "   ELSE d.next_attempt_at END,"
      + " leased_until = NULL, last_status = s.status, last_error = s.error,"
      + " finished_at = CASE WHEN s.state = 'PENDING' THEN NULL ELSE now() END"
      + " FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::text[], $5::float8[], $6::int[], $7::text[])"
      + "   AS s(tenant_id, id, attempt, state, wait, status, error)"
      + " WHERE d.tenant_id = s.tenant_id AND d.id = s.id AND d.attempts = s.attempt AND d.state = 'PENDING'";

  private static final String ENDPOINTS_SUCCEEDED = "UPDATE webhooks.endpoints e"
      + " SET failing_since = NULL, consecutive_failures = 0, retry_at = NULL"
      + " FROM unnest($1::uuid[], $2::uuid[]) AS s(tenant_id, id)"
      + " WHERE e.tenant_id = s.tenant_id AND e.id = s.id AND e.consecutive_failures > 0";

  /**
   * A failed attempt lengthens the endpoint's streak and paces its next attempt by the schedule's
   * step for the streak; a 410, or a streak older than the host's limit, disables it with the reason.
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

  /**
   * After a failure, the endpoint's waiting deliveries are due no sooner than its next attempt (or
   * never, once it is disabled), so they neither crowd the queue nor go out in a burst.
   */
  private static final String PACE_ENDPOINT = "UPDATE webhooks.deliveries d"
      + " SET next_attempt_at = CASE WHEN e.enabled THEN e.retry_at ELSE 'infinity'::timestamptz END"
      + " FROM webhooks.endpoints e"
      + " WHERE e.tenant_id = $1 AND e.id = $2 AND d.tenant_id = $1 AND d.endpoint_id = $2"
      + " AND d.state = 'PENDING' AND d.leased_until IS NULL"
      + " AND d.next_attempt_at < CASE WHEN e.enabled THEN e.retry_at ELSE 'infinity'::timestamptz END";

  private final Pool pool;
  private final WebhookSettings settings;
  /** The retry schedule in seconds: the endpoint's n-th failure in a row waits the n-th step. */
  private final Double[] scheduleSeconds;

  Settlements(Pool pool, WebhookSettings settings) {
    this.pool = pool;
    this.settings = settings;
    this.scheduleSeconds = settings.retrySchedule().stream().map(d -> d.toMillis() / 1000.0).toArray(Double[]::new);
  }

  /** Records a batch in one transaction; one answer per settlement, for the group commit. */
  Future<List<Void>> settleAll(List<Settlement> batch) {
    int n = batch.size();
    UUID[] tenants = new UUID[n];
    UUID[] deliveries = new UUID[n];
    Integer[] attempts = new Integer[n];
    Integer[] statuses = new Integer[n];
    Integer[] latencies = new Integer[n];
    String[] outcomes = new String[n];
    String[] errors = new String[n];
    String[] excerpts = new String[n];
    String[] states = new String[n];
    Double[] waits = new Double[n];
    String[] lastErrors = new String[n];
    List<UUID> succeededTenants = new ArrayList<>();
    List<UUID> succeededEndpoints = new ArrayList<>();
    List<Settlement> failures = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Claim claim = batch.get(i).claim();
      Outcome outcome = batch.get(i).outcome();
      boolean exhausted = claim.sinceReplay() >= settings.maxAttempts();
      String state = switch (outcome.kind()) {
        case SUCCEEDED -> "SUCCEEDED";
        case REJECTED, GONE -> "FAILED";
        case RETRY -> exhausted ? "FAILED" : "PENDING";
      };
      tenants[i] = claim.tenantId();
      deliveries[i] = claim.deliveryId();
      attempts[i] = claim.attempt();
      statuses[i] = outcome.status();
      latencies[i] = (int) Math.min(Integer.MAX_VALUE, outcome.latencyMs());
      outcomes[i] = state.equals("PENDING") ? "RETRYING" : state;
      errors[i] = outcome.error();
      excerpts[i] = outcome.excerpt();
      states[i] = state;
      waits[i] = state.equals("PENDING") ? wait(claim.sinceReplay()).toMillis() / 1000.0 : 0.0;
      lastErrors[i] = outcome.kind() == Outcome.Kind.RETRY && exhausted
          ? "gave up after " + claim.sinceReplay() + " attempts; last: " + outcome.error()
          : outcome.error();
      if (outcome.succeeded()) {
        succeededTenants.add(claim.tenantId());
        succeededEndpoints.add(claim.endpointId());
      } else {
        failures.add(batch.get(i));
      }
    }
    return pool.withTransaction(tx -> tx.query("SET LOCAL synchronous_commit = off").execute()
        .compose(off -> tx.preparedQuery(ATTEMPTS)
        .execute(Tuple.tuple().addArrayOfUUID(tenants).addArrayOfUUID(deliveries).addArrayOfInteger(attempts)
            .addArrayOfInteger(statuses).addArrayOfInteger(latencies).addArrayOfString(outcomes)
            .addArrayOfString(errors).addArrayOfString(excerpts))
        .compose(v -> tx.preparedQuery(DELIVERIES).execute(Tuple.tuple().addArrayOfUUID(tenants)
            .addArrayOfUUID(deliveries).addArrayOfInteger(attempts).addArrayOfString(states).addArrayOfDouble(waits)
            .addArrayOfInteger(statuses).addArrayOfString(lastErrors)))
        .compose(v -> succeededTenants.isEmpty() ? Future.succeededFuture() : tx.preparedQuery(ENDPOINTS_SUCCEEDED)
            .execute(Tuple.tuple().addArrayOfUUID(succeededTenants.toArray(UUID[]::new))
                .addArrayOfUUID(succeededEndpoints.toArray(UUID[]::new))).mapEmpty())
        .compose(v -> failed(tx, failures))
        .map(v -> Collections.nCopies(n, (Void) null))));
  }

  /** Failures one by one, after the successes: an endpoint that both succeeded and failed ends failing. */
  private Future<Void> failed(SqlConnection tx, List<Settlement> failures) {
    Future<Void> chain = Future.succeededFuture();
    for (Settlement failure : failures) {
      Claim claim = failure.claim();
      chain = chain.compose(v -> tx.preparedQuery(ENDPOINT_FAILED).execute(Tuple.tuple().addUUID(claim.tenantId())
              .addUUID(claim.endpointId()).addArrayOfDouble(scheduleSeconds)
              .addBoolean(failure.outcome().kind() == Outcome.Kind.GONE).addLong(settings.disableAfter().toSeconds())
              .addString(failure.outcome().error())))
          .compose(v -> tx.preparedQuery(PACE_ENDPOINT).execute(Tuple.of(claim.tenantId(), claim.endpointId())))
          .mapEmpty();
    }
    return chain;
  }

  /** The wait after the n-th failed attempt, give or take a tenth so retries do not arrive together. */
  Duration wait(int failedAttempts) {
    List<Duration> schedule = settings.retrySchedule();
    if (schedule.isEmpty()) {
      return Duration.ZERO;
    }
    long millis = schedule.get(Math.min(failedAttempts, schedule.size()) - 1).toMillis();
    long jitter = millis / 10;
    return Duration.ofMillis(jitter == 0 ? millis : millis + ThreadLocalRandom.current().nextLong(-jitter, jitter + 1));
  }
}
