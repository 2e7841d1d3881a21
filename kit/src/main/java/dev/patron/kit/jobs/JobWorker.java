package dev.patron.kit.jobs;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.sqlclient.Pool;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one kind of job in the background, one job at a time per process: claims the oldest job
 * waiting (of any restaurant, from any instance's queue, skipping restaurants that have one of
 * these jobs running already, so no restaurant holds every worker), runs it ({@link JobRunner}), and looks
 * again — at once after a job, every {@link JobSettings#pollInterval()} when idle, and whenever
 * {@link #wake} says this process queued one. Start it and stop it on one event loop (a plugin's
 * {@code PluginLifecycle}); it never blocks it.
 *
 * <p>Several instances may run workers on one database: a job is claimed by one of them only (a
 * lease, taken with {@code FOR UPDATE SKIP LOCKED}), and taken over by another only once that
 * lease has lapsed — after a crash, within {@link JobSettings#lease()}.
 */
public final class JobWorker {

  private static final Logger log = LoggerFactory.getLogger(JobWorker.class);

  private final Vertx vertx;
  private final Pool pool;
  private final JobTables tables;
  private final JobWork work;
  private final JobSettings settings;
  private final JobLedger ledger;
  private MessageConsumer<Object> wakeups;
  private long timer = -1;
  private Future<Void> running;
  private volatile boolean stopping;

  public JobWorker(Vertx vertx, Pool pool, JobTables tables, JobWork work, JobSettings settings) {
    this.vertx = vertx;
    this.pool = pool;
    this.tables = tables;
    this.work = work;
    this.settings = settings;
    this.ledger = new JobLedger(tables, settings);
  }

  /** Tells this process's worker of these tables that a job was queued, from any event loop. */
  public static void wake(Vertx vertx, JobTables tables) {
    vertx.eventBus().publish(tables.wakeAddress(), null);
  }

  public Future<Void> start() {
    wakeups = vertx.eventBus().localConsumer(tables.wakeAddress(), message -> poll());
    timer = vertx.setPeriodic(settings.pollInterval().toMillis(), id -> poll());
    poll();
    return Future.succeededFuture();
  }

  /** Stops looking for jobs, and lets the one running end its batch and give its claim back. */
  public Future<Void> stop() {
    stopping = true;
    vertx.cancelTimer(timer);
    Future<Void> unregistered = wakeups == null ? Future.succeededFuture() : wakeups.unregister();
    Future<Void> drained = running == null ? Future.succeededFuture() : running;
    return Future.all(unregistered, drained).mapEmpty();
  }

  private void poll() {
    if (stopping || running != null) {
      return;
    }
    UUID token = UUID.randomUUID();
    Future<Boolean> ran = ledger.claim(pool, token).compose(job -> job == null
        ? Future.succeededFuture(false)
        : run(job, token).map(true));
    running = ran.<Void>mapEmpty().recover(failure -> Future.succeededFuture());
    ran.onComplete(done -> {
      running = null;
      if (done.failed()) {
        log.warn("The worker of {} could not claim or run a job; it looks again in {} ms", tables.jobs(),
            settings.pollInterval().toMillis(), done.cause());
      } else if (done.result()) {
        poll();
      }
    });
  }

  private Future<Void> run(Job job, UUID token) {
    if (job.attempts() > settings.maxAttempts()) {
      String last = job.error() == null ? "" : "; the last: " + job.error();
      return ledger.fail(pool, job, token, "stopped after " + settings.maxAttempts() + " attempts" + last);
    }
    return new JobRunner(vertx, pool, ledger, work, settings, job, token, () -> stopping).run();
  }
}
