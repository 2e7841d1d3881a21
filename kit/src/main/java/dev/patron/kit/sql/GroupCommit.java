package dev.patron.kit.sql;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Group commit for writes that each would take a transaction of their own. A write that arrives
 * while two transactions of its lane are still committing waits for them, then shares one
 * transaction with every write of the lane that queued meanwhile: one statement per table and one
 * commit, so one WAL flush, for all of them. Nothing is acknowledged before its commit, so
 * durability is what it was; an idle server runs each write at once, alone.
 *
 * <p>Each write still gets the answer it would have got alone: a shared transaction that fails (a
 * veto, a unique key taken, a timeout, a write the shared path does not handle) is rolled back, and
 * each of its writes runs again in a transaction of its own.
 *
 * <p>The caller names the lane of each write: writes share transactions only with writes of their
 * lane, so a slow lane (one whose plugins' hooks run) delays nobody else. A lane runs {@value
 * #MAX_IN_FLIGHT} transactions at a time, and a write that has waited {@value #MAX_WAIT_MS} ms
 * starts one more, whatever the lane is waiting on.
 *
 * <p>Lives on one event loop, like the pool it uses; no locking. Make one per event loop.
 *
 * @param <I> a write as the route asked for it
 * @param <O> its answer
 */
public final class GroupCommit<I, O> {

  /** Writes in one transaction at most. */
  public static final int MAX_BATCH = 32;
  /** Transactions a lane runs at once: one commits while the next gathers. */
  public static final int MAX_IN_FLIGHT = 2;
  public static final long MAX_WAIT_MS = 20;

  /** Runs several writes in one transaction, all or none. */
  @FunctionalInterface
  public interface Together<I, O> {
    /** @return the answers in the order of {@code writes} */
    Future<List<O>> inOneTransaction(List<I> writes);
  }

  /** Runs one write in a transaction of its own: its answer, or the failure it gets alone. */
  @FunctionalInterface
  public interface Alone<I, O> {
    Future<O> inItsOwnTransaction(I write);
  }

  private record Waiting<I, O>(I write, Promise<O> answer) {
  }

  private final Vertx vertx;
  private final Together<I, O> together;
  private final Alone<I, O> alone;
  private final Map<Object, Lane> lanes = new HashMap<>();

  public GroupCommit(Vertx vertx, Together<I, O> together, Alone<I, O> alone) {
    this.vertx = vertx;
    this.together = together;
    this.alone = alone;
  }

  /** Queues the write in {@code lane} (any key with equals and hashCode): its answer, after its commit. */
  public Future<O> submit(Object lane, I write) {
    Promise<O> answer = Promise.promise();
    lanes.computeIfAbsent(lane, Lane::new).add(new Waiting<>(write, answer));
    return answer.future();
  }

  private final class Lane {
    private final Object key;
    private final ArrayDeque<Waiting<I, O>> waiting = new ArrayDeque<>();
    private int inFlight;
    private long timer = -1;

    Lane(Object key) {
      this.key = key;
    }

    void add(Waiting<I, O> write) {
      waiting.add(write);
      drain();
    }

    private void drain() {
      while (!waiting.isEmpty() && inFlight < MAX_IN_FLIGHT) {
        start();
      }
      if (!waiting.isEmpty() && timer < 0) {
        timer = vertx.setTimer(MAX_WAIT_MS, id -> {
          timer = -1;
          if (!waiting.isEmpty()) {
            start();
          }
          drain();
        });
      } else if (waiting.isEmpty() && inFlight == 0) {
        if (timer >= 0) {
          vertx.cancelTimer(timer);
          timer = -1;
        }
        lanes.remove(key);
      }
    }

    private void start() {
      List<Waiting<I, O>> batch = new ArrayList<>();
      while (!waiting.isEmpty() && batch.size() < MAX_BATCH) {
        batch.add(waiting.poll());
      }
      inFlight++;
      Future<?> done = batch.size() == 1 ? runAlone(batch.get(0)) : runTogether(batch);
      done.onComplete(ended -> {
        inFlight--;
        drain();
      });
    }
  }

  /** Completes once every write of the batch has its answer (those run again alone included). */
  private Future<?> runTogether(List<Waiting<I, O>> batch) {
    List<I> writes = batch.stream().map(Waiting::write).toList();
    return guarded(() -> together.inOneTransaction(writes)).transform(outcome -> {
      if (outcome.succeeded()) {
        for (int i = 0; i < batch.size(); i++) {
          batch.get(i).answer().complete(outcome.result().get(i));
        }
        return Future.succeededFuture();
      }
      return Future.join(batch.stream().map(this::runAlone).toList());
    });
  }

  private Future<O> runAlone(Waiting<I, O> waiting) {
    return guarded(() -> alone.inItsOwnTransaction(waiting.write())).onComplete(waiting.answer());
  }

  /** The work as a future even when it throws, so a lane never waits for an answer that cannot come. */
  private static <T> Future<T> guarded(Supplier<Future<T>> work) {
    try {
      return work.get();
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
  }
}
