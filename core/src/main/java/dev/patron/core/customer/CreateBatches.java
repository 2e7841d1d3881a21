package dev.patron.core.customer;

import dev.patron.api.customer.Customer;
import dev.patron.core.tenant.TenantContext;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Group commit for customer creates. A create that arrives while earlier ones are still committing
 * waits for them, then shares one transaction with every create that queued meanwhile: one insert
 * per table and one commit, so one WAL flush, for all of them. Nothing is acknowledged before its
 * commit, so durability is what it was; an idle server runs each create at once, alone.
 *
 * <p>A shared transaction that fails (a plugin's veto, a duplicate {@code referenceId}, a timeout)
 * rolls back, and each of its creates runs again in a transaction of its own, so each gets the
 * answer it would have got alone. Creates whose tenant runs plugin hooks queue per tenant, so a
 * slow plugin delays only creates that call it anyway; the others share one lane across tenants.
 * A lane runs two transactions at a time, and a create that has waited
 * {@value #MAX_WAIT_MS} ms starts one more, whatever the lane is waiting on.
 *
 * <p>Lives on one event loop, like the pool it uses; no locking.
 */
final class CreateBatches {

  /** Creates in one transaction at most. */
  static final int MAX_BATCH = 32;
  /** Transactions a lane runs at once: one commits while the next gathers. */
  static final int MAX_IN_FLIGHT = 2;
  static final long MAX_WAIT_MS = 20;

  /** Runs creates in one transaction of their own, all or none; the customers in the same order. */
  interface Work {
    Future<List<Customer>> inOneTransaction(List<Create> creates);
  }

  /** One create as the route asked for it. */
  record Create(TenantContext context, CustomerDraft draft) {
  }

  private record Waiting(Create create, Promise<Customer> result) {
  }

  private static final Object SHARED_LANE = new Object();

  private final Vertx vertx;
  private final Predicate<TenantContext> runsHooks;
  private final Work work;
  private final Map<Object, Lane> lanes = new HashMap<>();

  /** @param runsHooks whether plugin hooks run on the tenant's creates (then it gets a lane of its own) */
  CreateBatches(Vertx vertx, Predicate<TenantContext> runsHooks, Work work) {
    this.vertx = vertx;
    this.runsHooks = runsHooks;
    this.work = work;
  }

  Future<Customer> create(TenantContext context, CustomerDraft draft) {
    UUID tenantId = context.tenant().id();
    Object key = runsHooks.test(context) ? tenantId : SHARED_LANE;
    Promise<Customer> result = Promise.promise();
    lanes.computeIfAbsent(key, Lane::new).add(new Waiting(new Create(context, draft), result));
    return result.future();
  }

  private final class Lane {
    private final Object key;
    private final ArrayDeque<Waiting> waiting = new ArrayDeque<>();
    private int inFlight;
    private long timer = -1;

    Lane(Object key) {
      this.key = key;
    }

    void add(Waiting create) {
      waiting.add(create);
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
      List<Waiting> batch = new ArrayList<>();
      while (!waiting.isEmpty() && batch.size() < MAX_BATCH) {
        batch.add(waiting.poll());
      }
      inFlight++;
      List<Create> creates = batch.stream().map(Waiting::create).toList();
      run(creates).onComplete(outcome -> {
        inFlight--;
        if (outcome.succeeded()) {
          for (int i = 0; i < batch.size(); i++) {
            batch.get(i).result().complete(outcome.result().get(i));
          }
        } else if (batch.size() == 1) {
          batch.get(0).result().fail(outcome.cause());
        } else {
          batch.forEach(CreateBatches.this::alone);
        }
        drain();
      });
    }
  }

  /** The work as a future even when it throws, so a lane never waits for an answer that cannot come. */
  private Future<List<Customer>> run(List<Create> creates) {
    try {
      return work.inOneTransaction(creates);
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
  }

  private void alone(Waiting waiting) {
    run(List.of(waiting.create()))
        .map(created -> created.get(0))
        .onComplete(waiting.result());
  }
}
