package dev.patron.testkit;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waits for something that happens asynchronously, such as an event reaching a plugin. */
public final class Await {

  private Await() {
  }

  /**
   * Polls {@code probe} every 50 ms until {@code done} accepts its value, and returns that value;
   * fails with the last value seen after {@code timeout}.
   */
  public static <T> T until(Duration timeout, Supplier<T> probe, Predicate<T> done) {
    long deadline = System.nanoTime() + timeout.toNanos();
    T value = probe.get();
    while (!done.test(value)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("still not there after " + timeout.toMillis() + " ms; last seen: " + value);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
      value = probe.get();
    }
    return value;
  }
}
