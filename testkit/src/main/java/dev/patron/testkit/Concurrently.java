package dev.patron.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Calls made at once, as many tills would make them: each from a thread of its own, all released
 * together, for tests of what the server does when requests race.
 */
public final class Concurrently {

  private static final long TIMEOUT_SECONDS = 60;

  private Concurrently() {
  }

  /** Runs {@code call} for 0 … count − 1 at once; the results in that order. */
  public static <T> List<T> run(int count, IntFunction<T> call) throws Exception {
    List<Callable<T>> calls = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int index = i;
      calls.add(() -> call.apply(index));
    }
    return run(calls);
  }

  /** Runs the calls at once; their results in the same order. */
  public static <T> List<T> run(List<Callable<T>> calls) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(calls.size());
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> call : calls) {
        futures.add(threads.submit(() -> {
          start.await();
          return call.call();
        }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      threads.shutdownNow();
    }
  }
}
