package dev.patron.kit.jobs;

import dev.patron.api.problem.FieldError;
import dev.patron.api.problem.ProblemException;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one claimed job to its end: opens the file's rows on a worker thread, skips those settled
 * before (a resumed job), then reads a batch on a worker thread and applies it in a transaction
 * that first checks the claim and last moves the cursor, until the file ends, the job is
 * cancelled, the claim is lost, or the server stops.
 *
 * <p>Why no row is applied twice: a row's writes and the cursor past it commit in one transaction,
 * and a batch goes on only from the cursor it read on the locked job row, under the claim's token.
 * A crash before the commit loses the batch whole; the next run starts from the committed cursor.
 */
final class JobRunner {

  private static final Logger log = LoggerFactory.getLogger(JobRunner.class);
  private static final int STOP_CHECK_ROWS = 10_000;

  /** How a committed batch left the job. */
  private enum Step { GO_ON, DONE, LOST }

  private record Batch(List<SourceRow> rows, boolean last) {
  }

  /** The run was asked to stop (the server stops) while it skipped rows. */
  private static final class Stopped extends RuntimeException {
    Stopped() {
      super("stopping", null, false, false);
    }
  }

  private final Vertx vertx;
  private final Pool pool;
  private final JobLedger ledger;
  private final JobWork work;
  private final JobSettings settings;
  private final Job job;
  private final UUID token;
  private final BooleanSupplier stopping;
  private RowSource source;
  private SourceRow ahead;
  private long cursor;
  private volatile boolean lost;

  JobRunner(Vertx vertx, Pool pool, JobLedger ledger, JobWork work, JobSettings settings, Job job, UUID token,
      BooleanSupplier stopping) {
    this.vertx = vertx;
    this.pool = pool;
    this.ledger = ledger;
    this.work = work;
    this.settings = settings;
    this.job = job;
    this.token = token;
    this.stopping = stopping;
    this.cursor = job.rowsRead();
  }

  Future<Void> run() {
    long renewals = vertx.setPeriodic(Math.max(100, settings.lease().toMillis() / 3), id -> renew());
    return vertx.executeBlocking(this::open, false)
        .compose(opened -> step())
        .recover(this::stopped)
        .eventually(() -> {
          vertx.cancelTimer(renewals);
          return vertx.executeBlocking(this::close, false);
        });
  }

  private Void open() throws IOException {
    source = work.open(job, new StoredFileInput(job.fileChunks(), index -> ledger.chunk(pool, job, index)));
    for (long skipped = 0; skipped < job.rowsRead(); skipped++) {
      if (skipped % STOP_CHECK_ROWS == 0 && (stopping.getAsBoolean() || lost)) {
        throw new Stopped();
      }
      if (source.next() == null) {
        throw new IllegalStateException("the file of job " + job.id() + " has fewer rows than its cursor " + cursor);
      }
    }
    ahead = source.next();
    return null;
  }

  private Future<Void> step() {
    if (lost) {
      return Future.succeededFuture();
    }
    if (stopping.getAsBoolean()) {
      return ledger.release(pool, job, token);
    }
    return vertx.executeBlocking(this::readBatch, false)
        .compose(this::commit)
        .compose(step -> step == Step.GO_ON ? step() : Future.succeededFuture());
  }

  /** Up to a batch of rows, and whether the file ends with them (one row is read ahead to know). */
  private Batch readBatch() throws IOException {
    List<SourceRow> rows = new ArrayList<>(settings.batchSize());
    while (ahead != null && rows.size() < settings.batchSize()) {
      rows.add(ahead);
      ahead = source.next();
    }
    return new Batch(rows, ahead == null);
  }

  /** The batch in one transaction; when it fails, its rows one at a time. */
  private Future<Step> commit(Batch batch) {
    return transaction(batch, null).recover(failure -> {
      if (failure instanceof JobAbort) {
        return Future.failedFuture(failure);
      }
      if (batch.rows().size() == 1) {
        List<FieldError> errors = RowFailures.rowErrors(failure);
        return errors == null ? Future.failedFuture(failure) : transaction(batch, RowOutcome.rejected(errors));
      }
      return oneByOne(batch, 0);
    });
  }

  private Future<Step> oneByOne(Batch batch, int index) {
    boolean lastRow = index == batch.rows().size() - 1;
    return commit(new Batch(List.of(batch.rows().get(index)), batch.last() && lastRow))
        .compose(step -> step == Step.GO_ON && !lastRow ? oneByOne(batch, index + 1) : Future.succeededFuture(step));
  }

  /** @param rejection when set, the (single) row is settled as rejected without applying it */
  private Future<Step> transaction(Batch batch, RowOutcome rejection) {
    return pool.withTransaction(tx -> ledger.lock(tx, job, token).compose(gate -> {
      if (!gate.ours() || gate.rowsRead() != cursor) {
        lost = true;
        return Future.succeededFuture(Step.LOST);
      }
      if (gate.cancelRequested()) {
        return ledger.cancelled(tx, job, token).map(Step.DONE);
      }
      Future<List<RowOutcome>> outcomes = rejection != null
          ? Future.succeededFuture(List.of(rejection))
          : apply(tx, batch.rows());
      return outcomes.compose(settled -> ledger.settle(tx, job, token, batch.rows(), settled, batch.last()))
          .map(batch.last() ? Step.DONE : Step.GO_ON);
    })).onSuccess(step -> {
      if (step != Step.LOST) {
        cursor += batch.rows().size();
      }
    });
  }

  /** The user applies the readable rows; unreadable ones are rejected with their parse errors. */
  private Future<List<RowOutcome>> apply(SqlConnection tx, List<SourceRow> rows) {
    List<SourceRow> readable = rows.stream().filter(SourceRow::readable).toList();
    Future<List<RowOutcome>> applied = readable.isEmpty()
        ? Future.succeededFuture(List.of())
        : work.apply(tx, job, readable);
    return applied.map(outcomes -> {
      if (outcomes.size() != readable.size()) {
        throw new IllegalStateException("apply answered " + outcomes.size() + " outcomes for " + readable.size() + " rows");
      }
      List<RowOutcome> all = new ArrayList<>(rows.size());
      int next = 0;
      for (SourceRow row : rows) {
        all.add(row.readable() ? outcomes.get(next++) : RowOutcome.rejected(row.errors()));
      }
      return all;
    });
  }

  /** A run that did not end the job: a problem the user raised fails it; anything else pauses it, to be retried. */
  private Future<Void> stopped(Throwable failure) {
    if (failure instanceof Stopped) {
      return ledger.release(pool, job, token);
    }
    if (failure instanceof JobAbort abort) {
      return ledger.fail(pool, job, token, abort.getMessage());
    }
    if (failure instanceof ProblemException problem) {
      String detail = problem.problem().detail() == null ? problem.problem().title() : problem.problem().detail();
      return ledger.fail(pool, job, token, detail);
    }
    log.warn("Job {} of tenant {} stopped at row {} (attempt {}); it is retried once its lease lapses", job.id(),
        job.tenantId(), cursor, job.attempts(), failure);
    return ledger.pause(pool, job, token, "stopped on a server error at row " + cursor + " (attempt " + job.attempts()
        + " of " + settings.maxAttempts() + "); it is retried");
  }

  private void renew() {
    ledger.renew(pool, job, token).onSuccess(ours -> lost = lost || !ours);
  }

  private Void close() throws IOException {
    if (source != null) {
      source.close();
    }
    return null;
  }
}
