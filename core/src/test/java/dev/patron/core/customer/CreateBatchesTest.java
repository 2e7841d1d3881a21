package dev.patron.core.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.api.customer.Customer;
import dev.patron.api.tenant.Tenant;
import dev.patron.core.tenant.TenantContext;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How creates gather into shared transactions, with a fake transaction the test completes by hand. */
class CreateBatchesTest {

  private static final TenantContext PLAIN = context("Plain");
  private static final TenantContext HOOKED = context("Hooked");

  private final Vertx vertx = Vertx.vertx();
  private final Context loop = vertx.getOrCreateContext();
  /** Each transaction the batcher started, with the creates it holds, in order. */
  private final List<Transaction> transactions = new CopyOnWriteArrayList<>();
  private final CreateBatches batches = new CreateBatches(vertx, context -> context == HOOKED, creates -> {
    if (creates.get(0).draft().firstName().equals("throws")) {
      throw new IllegalStateException("bug before any transaction");
    }
    Transaction transaction = new Transaction(creates, Promise.promise());
    transactions.add(transaction);
    return transaction.outcome().future();
  });

  private record Transaction(List<CreateBatches.Create> creates, Promise<List<Customer>> outcome) {
    List<String> names() {
      return creates.stream().map(create -> create.draft().firstName()).toList();
    }

    void commit() {
      outcome.complete(creates.stream().map(create -> customer(create.draft().firstName())).toList());
    }

    void rollBack(String why) {
      outcome.fail(new IllegalStateException(why));
    }
  }

  @AfterEach
  void close() {
    vertx.close().await();
  }

  @Test
  void aCreateOnAnIdleServerRunsAtOnceAlone() throws Exception {
    Future<Customer> created = onLoop(() -> create(PLAIN, "a"));
    assertEquals(List.of(List.of("a")), started());
    run(() -> transactions.get(0).commit());
    assertEquals("a", await(created).firstName());
  }

  @Test
  void createsThatArriveWhileTwoTransactionsRunShareTheNext() throws Exception {
    onLoop(() -> create(PLAIN, "a"));
    onLoop(() -> create(PLAIN, "b"));
    List<Future<Customer>> waiting = new ArrayList<>();
    for (String name : List.of("c", "d", "e")) {
      waiting.add(onLoop(() -> create(PLAIN, name)));
    }
    assertEquals(List.of(List.of("a"), List.of("b")), started(), "two at a time; the rest wait");

    run(() -> transactions.get(0).commit());
    assertEquals(List.of("c", "d", "e"), started().get(2), "all that waited, in one transaction");
    run(() -> transactions.get(2).commit());
    assertEquals(List.of("c", "d", "e"), waiting.stream().map(f -> await(f).firstName()).toList(),
        "each create gets its own customer");
  }

  @Test
  void aTransactionHoldsAtMostTheBatchLimit() throws Exception {
    onLoop(() -> create(PLAIN, "a"));
    onLoop(() -> create(PLAIN, "b"));
    for (int i = 0; i < CreateBatches.MAX_BATCH + 8; i++) {
      String name = "n" + i;
      onLoop(() -> create(PLAIN, name));
    }
    run(() -> transactions.get(0).commit());
    run(() -> transactions.get(1).commit());
    assertEquals(List.of(1, 1, CreateBatches.MAX_BATCH, 8), started().stream().map(List::size).toList());
  }

  @Test
  void aFailedSharedTransactionRunsEachCreateAgainAlone() throws Exception {
    onLoop(() -> create(PLAIN, "a"));
    onLoop(() -> create(PLAIN, "b"));
    Future<Customer> good = onLoop(() -> create(PLAIN, "good"));
    Future<Customer> bad = onLoop(() -> create(PLAIN, "bad"));
    run(() -> transactions.get(0).commit());
    run(() -> transactions.get(2).rollBack("duplicate referenceId"));

    assertEquals(List.of(List.of("good"), List.of("bad")), started().subList(3, 5), "each again, in its own");
    run(() -> transactions.get(3).commit());
    run(() -> transactions.get(4).rollBack("duplicate referenceId"));
    assertEquals("good", await(good).firstName(), "unharmed by its neighbour");
    assertEquals("duplicate referenceId", awaitFailure(bad).getMessage(), "the one at fault gets its own answer");
  }

  @Test
  void aLoneCreateThatFailsGetsItsFailureWithoutARetry() throws Exception {
    Future<Customer> created = onLoop(() -> create(PLAIN, "a"));
    run(() -> transactions.get(0).rollBack("veto"));
    assertEquals("veto", awaitFailure(created).getMessage());
    assertEquals(1, transactions.size());
  }

  @Test
  void workThatThrowsFailsItsCreateAndTheLaneCarriesOn() throws Exception {
    Future<Customer> thrown = onLoop(() -> create(PLAIN, "throws"));
    assertEquals("bug before any transaction", awaitFailure(thrown).getMessage());
    Future<Customer> next = onLoop(() -> create(PLAIN, "next"));
    run(() -> transactions.get(0).commit());
    assertEquals("next", await(next).firstName(), "the lane was not left waiting");
  }

  @Test
  void tenantsWhoseCreatesRunPluginHooksQueueApart() throws Exception {
    onLoop(() -> create(PLAIN, "a"));
    onLoop(() -> create(PLAIN, "b"));
    onLoop(() -> create(PLAIN, "c"));
    onLoop(() -> create(HOOKED, "h"));
    assertEquals(List.of(List.of("a"), List.of("b"), List.of("h")), started(),
        "a hooked tenant's create does not wait behind the shared lane, nor shares a transaction with it");
  }

  @Test
  void aCreateThatWaitedTooLongStartsOneMoreTransaction() throws Exception {
    onLoop(() -> create(PLAIN, "a"));
    onLoop(() -> create(PLAIN, "b"));
    onLoop(() -> create(PLAIN, "late"));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (transactions.size() < 3 && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertEquals(List.of("late"), started().get(2), "started although both earlier ones still run");
  }

  private Future<Customer> create(TenantContext context, String firstName) {
    return batches.create(context, new CustomerDraft(null, firstName, "Test", null, null, null, null, null, null,
        false, null, null, null, null));
  }

  private List<List<String>> started() {
    return transactions.stream().map(Transaction::names).toList();
  }

  /** Runs on the batcher's event loop, as the server does, and waits for it. */
  private <T> T onLoop(Supplier<T> action) throws Exception {
    CompletableFuture<T> done = new CompletableFuture<>();
    loop.runOnContext(v -> done.complete(action.get()));
    return done.get(5, TimeUnit.SECONDS);
  }

  private void run(Runnable action) throws Exception {
    onLoop(() -> {
      action.run();
      return null;
    });
  }

  private static <T> T await(Future<T> future) {
    return future.toCompletionStage().toCompletableFuture().orTimeout(5, TimeUnit.SECONDS).join();
  }

  private static Throwable awaitFailure(Future<?> future) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!future.isComplete() && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertTrue(future.failed(), "failed");
    return future.cause();
  }

  private static TenantContext context(String name) {
    return new TenantContext(new Tenant(UUID.randomUUID(), name, "EUR", "de-AT", "Europe/Vienna"), Map.of(), Set.of());
  }

  private static Customer customer(String firstName) {
    Instant now = Instant.now();
    return new Customer(UUID.randomUUID(), null, firstName, "Test", null, null, null, null, null, null, false, null,
        null, null, null, 1, now, now);
  }
}
