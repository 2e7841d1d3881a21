package dev.patron.server;

import dev.patron.kit.http.StreamedUpload;
import dev.patron.kit.sql.Rows;
import dev.patron.core.event.OutboxRetention;
import dev.patron.core.session.SessionStore;
import dev.patron.core.session.SignInThrottle;
import dev.patron.core.staff.StaffLinks;
import dev.patron.core.idempotency.IdempotencyService;
import dev.patron.core.tenant.TenantChanges;
import dev.patron.server.metrics.BacklogGauges;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.pubsub.PgSubscriber;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work that is not a request: listening for tenant changes made on any instance, so caches drop
 * stale keys at once, and purging expired idempotency keys, events past their retention and
 * uploads' temporary files a crash left behind.
 */
final class BackgroundVerticle extends VerticleBase {

  static final long PURGE_INTERVAL_MS = TimeUnit.MINUTES.toMillis(10);
  static final int PURGE_BATCH = 1000;
  /** An upload's temporary file not written to for this long belongs to no request any more. */
  static final Duration ABANDONED_UPLOAD = Duration.ofHours(1);
  private static final Logger log = LoggerFactory.getLogger(BackgroundVerticle.class);

  private final ServerContext shared;
  private PgSubscriber subscriber;
  private Pool pool;
  private long purgeTimer;
  private long busiestTimer = -1;
  private long gaugeTimer;
  /** How often the backlog gauges are measured: a scrape reads the last figures. */
  private static final long GAUGE_INTERVAL_MS = 5_000;

  BackgroundVerticle(ServerContext shared) {
    this.shared = shared;
  }

  @Override
  public Future<?> start() {
    pool = PgBuilder.pool().with(new PoolOptions().setName("background").setMaxSize(2)).connectingTo(shared.database().connectOptions())
        .using(vertx).build();
    IdempotencyService idempotency = new IdempotencyService(pool, shared.clock());
    OutboxRetention outbox = new OutboxRetention(shared.config().events().retention());
    SessionStore sessions = new SessionStore(shared.config().people().sessionSettings());
    StaffLinks links = new StaffLinks();
    SignInThrottle throttle = new SignInThrottle();
    Set<String> listening = shared.plugins().registry().listeners().stream()
        .map(binding -> binding.plugin().id()).collect(Collectors.toSet());
    Runnable purgeAll = () -> {
      purge("expired idempotency keys", () -> idempotency.purgeExpired(PURGE_BATCH));
      purge("events past their retention", () -> outbox.purge(pool, listening, Rows.now(shared.clock()), PURGE_BATCH));
      purge("uploads a crash left behind", () -> StreamedUpload.deleteAbandoned(vertx, ABANDONED_UPLOAD).map(0));
      purge("ended sessions", () -> sessions.purgeExpired(pool, Rows.now(shared.clock())));
      purge("expired password links", () -> links.purgeExpired(pool, Rows.now(shared.clock())));
      purge("old sign-in failures", () -> throttle.purge(pool, Rows.now(shared.clock())));
    };
    purgeAll.run();
    purgeTimer = vertx.setPeriodic(PURGE_INTERVAL_MS, id -> purgeAll.run());
    BacklogGauges backlog = new BacklogGauges(shared.metrics().registry());
    Runnable measure = () -> backlog.refresh(pool)
        .onFailure(e -> log.warn("Could not measure the event and import backlogs: {}", e.toString()));
    measure.run();
    gaugeTimer = vertx.setPeriodic(GAUGE_INTERVAL_MS, id -> measure.run());
    busiestTimer = vertx.setPeriodic(60_000, id -> shared.metrics().busiestTenants().rotate());

    subscriber = PgSubscriber.subscriber(vertx, shared.database().connectOptions())
        .reconnectPolicy(attempt -> 1000L);
    subscriber.channel(TenantChanges.CHANNEL)
        .handler(payload -> shared.directory().invalidate(UUID.fromString(payload)))
        // Notifications sent while disconnected are lost: forget everything on (re)subscribe.
        .subscribeHandler(v -> shared.directory().invalidateAll());
    return subscriber.connect();
  }

  /** Deletes in batches until a batch comes back short. */
  private void purge(String what, Supplier<Future<Integer>> batch) {
    batch.get().onComplete(result -> {
      if (result.failed()) {
        log.warn("Purging {} failed: {}", what, result.cause().getMessage());
      } else if (result.result() == PURGE_BATCH) {
        purge(what, batch);
      }
    });
  }

  @Override
  public Future<?> stop() {
    vertx.cancelTimer(purgeTimer);
    vertx.cancelTimer(gaugeTimer);
    vertx.cancelTimer(busiestTimer);
    return subscriber.close().eventually(() -> pool.close());
  }
}
