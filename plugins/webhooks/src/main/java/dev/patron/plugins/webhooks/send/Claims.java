package dev.patron.plugins.webhooks.send;

import dev.patron.plugins.webhooks.WebhookSettings;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The sender's queue statements, across restaurants (like the host's outbox dispatch, this worker
 * serves every tenant; each row it touches is then named by tenant and id).
 *
 * <p>A claim takes one endpoint's next deliveries ({@link #CLAIM}, locked without waiting on
 * another instance's claim) and leases them ({@link #LEASE}), in one transaction. The lease (long
 * enough for the prefetched rounds and their time limits, plus a margin) is what keeps two instances
 * from sending one delivery at once; if this instance dies, the lease runs out and another takes
 * the delivery over: at least once. The poll ({@link #dueEndpoints}) is the one statement that looks across restaurants, as the
 * host's outbox dispatch does; everything it finds is then claimed per tenant and endpoint.
 */
final class Claims {

  /**
   * One endpoint's next deliveries: within its claim budget (the cap while it is failing, else
   * {@link #PREFETCH} rounds of it, less what is leased already), only the earliest pending delivery
   * of each subject, oldest first, none while the endpoint is disabled or paced. Scoped to the
   * tenant and endpoint, and read along {@code deliveries_endpoint_due}: it costs what it claims.
   */
  private static final String CLAIM = """
      WITH endpoint AS (
        SELECT CASE WHEN consecutive_failures > 0 THEN 1 ELSE $3 END AS budget
        FROM webhooks.endpoints
        WHERE tenant_id = $1 AND id = $2 AND enabled AND (retry_at IS NULL OR retry_at <= now())),
      leased AS (
        SELECT count(*) AS n FROM webhooks.deliveries
        WHERE tenant_id = $1 AND endpoint_id = $2 AND state = 'PENDING'
          AND leased_until IS NOT NULL AND leased_until > now())
      SELECT d.id FROM webhooks.deliveries d
      WHERE d.tenant_id = $1 AND d.endpoint_id = $2 AND d.state = 'PENDING' AND d.next_attempt_at <= now()
        AND (d.leased_until IS NULL OR d.leased_until <= now())
        AND NOT EXISTS (SELECT 1 FROM webhooks.deliveries p
                        WHERE p.tenant_id = $1 AND p.endpoint_id = $2 AND p.subject_id = d.subject_id
                          AND p.state = 'PENDING' AND p.seq < d.seq)
      ORDER BY d.next_attempt_at
      LIMIT least($4, greatest(0, coalesce((SELECT budget FROM endpoint), 0) - (SELECT n FROM leased)))
      FOR UPDATE OF d SKIP LOCKED""";

  /** Leases the claimed rows, found by primary key, and reads what sending them needs. */
  private static final String LEASE = """
      UPDATE webhooks.deliveries d
      SET leased_until = now() + make_interval(secs => $3::bigint), attempts = d.attempts + 1
      FROM webhooks.endpoints e
      WHERE d.tenant_id = $1 AND d.id = ANY($2::uuid[]) AND e.tenant_id = $1 AND e.id = d.endpoint_id
      RETURNING d.tenant_id, d.id, d.endpoint_id, d.attempts, d.replayed_after, d.payload AS body, e.url,
        e.secret_sealed,
        CASE WHEN e.previous_secret_expires_at > now() THEN e.previous_secret_sealed END AS previous_secret_sealed""";

  /**
   * Whether the queue changed so much since PostgreSQL last measured it that plans made from those
   * figures could be badly wrong (a queue grows from empty to thousands of rows in seconds; the
   * autovacuum daemon looks once a minute).
   */
  private static final String STALE_STATISTICS = """
      SELECT n_mod_since_analyze > greatest(500, n_live_tup / 5) AS stale
      FROM pg_stat_user_tables WHERE schemaname = 'webhooks' AND relname = 'deliveries'""";

  /** The endpoints with deliveries due now, across restaurants: the poll that finds retries and other instances' work. */
  private static final String DUE_ENDPOINTS = """
      SELECT DISTINCT tenant_id, endpoint_id FROM (
        SELECT tenant_id, endpoint_id FROM webhooks.deliveries
        WHERE state = 'PENDING' AND next_attempt_at <= now() AND (leased_until IS NULL OR leased_until <= now())
        ORDER BY next_attempt_at LIMIT $1) due""";

  /**
   * A queue's size changes fast, and a plan cached while it was empty (a sequential scan inside
   * the subject check) turns quadratic once it is not: every claim is planned for the queue as it is.
   * A lease needs no disk flush: one lost in a crash only means the delivery goes again (at least
   * once), which the crash requires anyway.
   */
  private static final String FRESH_PLANS = "SET LOCAL plan_cache_mode = force_custom_plan;"
      + " SET LOCAL synchronous_commit = off";

  /** Due deliveries the poll looks at to find endpoints with work. */
  private static final int POLL_WINDOW = 10_000;
  /**
   * A healthy endpoint's deliveries claimed at once, in multiples of its concurrency cap: the sender
   * queues them per endpoint and sends at most the cap at a time, so one claim feeds several rounds.
   */
  static final int PREFETCH = 8;

  private static final String PRUNE = "DELETE FROM webhooks.deliveries WHERE state <> 'PENDING'"
      + " AND finished_at < now() - make_interval(days => $1)";

  private final Pool pool;
  private final WebhookSettings settings;

  Claims(Pool pool, WebhookSettings settings) {
    this.pool = pool;
    this.settings = settings;
  }

  /** Leases up to {@code room} of the endpoint's due deliveries. */
  Future<List<Claim>> claim(EndpointKey endpoint, int room) {
    // Long enough for the last of an endpoint's prefetched deliveries to wait its turn and be sent.
    long lease = settings.connectTimeout().plus(settings.responseTimeout()).multipliedBy(PREFETCH).plusSeconds(10)
        .toSeconds();
    return pool.withTransaction(tx -> tx.query(FRESH_PLANS).execute()
        .compose(v -> tx.preparedQuery(CLAIM).execute(Tuple.of(endpoint.tenantId(), endpoint.endpointId(),
            settings.endpointConcurrency() * PREFETCH, room)))
        .compose(heads -> {
          if (heads.size() == 0) {
            return Future.succeededFuture(List.<Claim>of());
          }
          UUID[] ids = new UUID[heads.size()];
          int i = 0;
          for (Row row : heads) {
            ids[i++] = row.getUUID("id");
          }
          return tx.preparedQuery(LEASE)
              .execute(Tuple.tuple().addUUID(endpoint.tenantId()).addArrayOfUUID(ids).addLong(lease))
              .map(rows -> {
                List<Claim> claims = new ArrayList<>(rows.size());
                rows.forEach(row -> claims.add(Claim.from(row)));
                return claims;
              });
        }));
  }

  /** The endpoints that have deliveries due now. */
  Future<List<EndpointKey>> dueEndpoints() {
    return pool.withTransaction(tx -> tx.query(FRESH_PLANS).execute()
        .compose(v -> tx.preparedQuery(DUE_ENDPOINTS).execute(Tuple.of(POLL_WINDOW)))
        .map(rows -> {
          List<EndpointKey> due = new ArrayList<>(rows.size());
          rows.forEach(row -> due.add(new EndpointKey(row.getUUID("tenant_id"), row.getUUID("endpoint_id"))));
          return due;
        }));
  }

  /** Measures the queue again when its statistics have gone stale ({@link #STALE_STATISTICS}). */
  Future<Boolean> analyzeIfStale() {
    return pool.query(STALE_STATISTICS).execute().compose(rows -> {
      if (rows.size() == 0 || !Boolean.TRUE.equals(rows.iterator().next().getBoolean("stale"))) {
        return Future.succeededFuture(false);
      }
      return pool.query("ANALYZE webhooks.deliveries").execute().map(true);
    });
  }

  /** Deletes finished deliveries past the retention period. */
  Future<Integer> prune() {
    return pool.preparedQuery(PRUNE).execute(Tuple.of((int) settings.retention().toDays())).map(rows -> rows.rowCount());
  }
}
