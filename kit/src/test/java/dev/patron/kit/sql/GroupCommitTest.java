package dev.patron.kit.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How writes gather into shared transactions, with fake transactions the test ends by hand. */
class GroupCommitTest {

  private static final String LANE = "shared";
  private static final String OTHER_LANE = "other";

  private final Vertx vertx = Vertx.vertx();
  private final Context loop = vertx.getOrCreateContext();
  /** Each transaction started, with the writes it holds, in order. */
  private final List<Transaction> transactions = new CopyOnWriteArrayList<>();
  private final GroupCommit<String, String> commits = new GroupCommit<>(vertx,
      writes -> begin(writes).outcome.future(),
      write -> begin(List.of(write)).outcome.future().map(answers -> answers.get(0)));

  private final class Transaction {
    final List<String> writes;
    final Promise<List<String>> outcome = Promise.promise();

    Transaction(List<String> writes) {
      this.writes = writes;
    }

    void commit() {
      outcome.complete(writes.stream().map(write -> "done " + write).toList());
    }

    void rollBack(String why) {
      outcome.fail(new IllegalStateException(why));
    }
  }

  private Transaction begin(List<String> writes) {
    if (writes.get(0).equals("throws")) {
      throw new IllegalStateException("bug before any transaction");
    }
    Transaction transaction = new Transaction(writes);
    transactions.add(transaction);
    return transaction;
  }

  @AfterEach
  void close() {
    vertx.close().await();
  }

  @Test
  void aWriteOnAnIdleServerRunsAtOnceAlone() throws Exception {
    Future<String> written = onLoop(() -> submit(LANE, "a"));
    assertEquals(List.of(List.of("a")), started());
    run(() -> transactions.get(0).commit());
    assertEquals("done a", await(written));
  }

  @Test
  void writesThatArriveWhileTwoTransactionsRunShareTheNext() throws Exception {
    onLoop(() -> submit(LANE, "a"));
    onLoop(() -> submit(LANE, "b"));
    List<Future<String>> waiting = new ArrayList<>();
    for (String write : List.of("c", "d", "e")) {
      waiting.add(onLoop(() -> submit(LANE, write)));
    }
    assertEquals(List.of(List.of("a"), List.of("b")), started(), "two at a time; the rest wait");

    run(() -> transactions.get(0).commit());
    assertEquals(List.of("c", "d", "e"), started().get(2), "all that waited, in one transaction");
    run(() -> transactions.get(2).commit());
    assertEquals(List.of("done c", "done d", "done e"), waiting.stream().map(GroupCommitTest::await).toList(),
        "each write gets its own answer");
  }

  @Test
  void aTransactionHoldsAtMostTheBatchLimit() throws Exception {
    onLoop(() -> submit(LANE, "a"));
    onLoop(() -> submit(LANE, "b"));
    for (int i = 0; i < GroupCommit.MAX_BATCH + 8; i++) {
      String write = "n" + i;
      onLoop(() -> submit(LANE, write));
    }
    run(() -> transactions.get(0).commit());
    run(() -> transactions.get(1).commit());
    assertEquals(List.of(1, 1, GroupCommit.MAX_BATCH, 8), started().stream().map(List::size).toList());
  }

  @Test
  void aFailedSharedTransactionRunsEachWriteAgainAlone() throws Exception {
    onLoop(() -> submit(LANE, "a"));
    onLoop(() -> submit(LANE, "b"));
    Future<String> good = onLoop(() -> submit(LANE, "good"));
    Future<String> bad = onLoop(() -> submit(LANE, "bad"));
    run(() -> transactions.get(0).commit());
    run(() -> transactions.get(2).rollBack("duplicate referenceId"));

    assertEquals(List.of(List.of("good"), List.of("bad")), started().subList(3, 5), "each again, in its own");
    run(() -> transactions.get(3).commit());
    run(() -> transactions.get(4).rollBack("duplicate referenceId"));
    assertEquals("done good", await(good), "unharmed by its neighbour");
    assertEquals("duplicate referenceId", awaitFailure(bad).getMessage(), "the one at fault gets its own answer");
  }

  @Test
  void aLoneWriteThatFailsGetsItsFailureWithoutARetry() throws Exception {
    Future<String> written = onLoop(() -> submit(LANE, "a"));
    run(() -> transactions.get(0).rollBack("veto"));
    assertEquals("veto", awaitFailure(written).getMessage());
    assertEquals(1, transactions.size());
  }

  @Test
  void workThatThrowsFailsItsWriteAndTheLaneCarriesOn() throws Exception {
    Future<String> thrown = onLoop(() -> submit(LANE, "throws"));
    assertEquals("bug before any transaction", awaitFailure(thrown).getMessage());
    Future<String> next = onLoop(() -> submit(LANE, "next"));
    run(() -> transactions.get(0).commit());
    assertEquals("done next", await(next), "the lane was not left waiting");
  }

  @Test
  void lanesQueueApart() throws Exception {
    onLoop(() -> submit(LANE, "a"));
    onLoop(() -> submit(LANE, "b"));
    onLoop(() -> submit(LANE, "c"));
    onLoop(() -> submit(OTHER_LANE, "h"));
    assertEquals(List.of(List.of("a"), List.of("b"), List.of("h")), started(),
        "a write of another lane neither waits behind this one nor shares its transaction");
  }

  @Test
  void aWriteThatWaitedTooLongStartsOneMoreTransaction() throws Exception {
    onLoop(() -> submit(LANE, "a"));
    onLoop(() -> submit(LANE, "b"));
    onLoop(() -> submit(LANE, "late"));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (transactions.size() < 3 && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertEquals(List.of("late"), started().get(2), "started although both earlier ones still run");
  }

  private Future<String> submit(String lane, String write) {
    return commits.submit(lane, write);
  }

  private List<List<String>> started() {
    return transactions.stream().map(transaction -> transaction.writes).toList();
  }

  /** Runs on the group commit's event loop, as the server does, and waits for it. */
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
}
