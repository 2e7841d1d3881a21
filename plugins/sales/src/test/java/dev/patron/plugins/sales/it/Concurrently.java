package dev.patron.plugins.sales.it;

import dev.patron.testkit.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Fires requests from many threads released at once, as many tills would. */
final class Concurrently {

  private Concurrently() {
  }

  static List<Response> run(int count, IntFunction<Response> request) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(count);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Response>> futures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int n = i;
        Callable<Response> call = () -> {
          start.await();
          return request.apply(n);
        };
        futures.add(threads.submit(call));
      }
      start.countDown();
      List<Response> answers = new ArrayList<>();
      for (Future<Response> future : futures) {
        answers.add(future.get(60, TimeUnit.SECONDS));
      }
      return answers;
    } finally {
      threads.shutdownNow();
    }
  }
}
