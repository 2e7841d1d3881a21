package dev.patron.server.plugins.events;

import io.vertx.core.Vertx;
import java.time.Duration;

/**
 * Wakes one plugin's delivery loop when its earliest parked retry falls due, so a retry keeps its
 * backoff instead of waiting for the next poll ({@code PATRON_EVENT_POLL_MS} may be long). Only
 * the earliest wake-up is kept: one timer per loop, however many deliveries are parked. Used on
 * the dispatcher's event loop only.
 */
final class RetryAlarm {

  private final Vertx vertx;
  private final Runnable wake;
  private long timer = -1;
  private long dueAtMillis = Long.MAX_VALUE;

  RetryAlarm(Vertx vertx, Runnable wake) {
    this.vertx = vertx;
    this.wake = wake;
  }

  /** Wakes the loop after {@code delay}, unless it is already due to wake sooner. */
  void in(Duration delay) {
    long delayMillis = Math.max(1, delay.toMillis());
    long due = System.currentTimeMillis() + delayMillis;
    if (timer >= 0 && due >= dueAtMillis) {
      return;
    }
    cancel();
    dueAtMillis = due;
    timer = vertx.setTimer(delayMillis, id -> {
      timer = -1;
      dueAtMillis = Long.MAX_VALUE;
      wake.run();
    });
  }

  void cancel() {
    if (timer >= 0) {
      vertx.cancelTimer(timer);
      timer = -1;
      dueAtMillis = Long.MAX_VALUE;
    }
  }
}
