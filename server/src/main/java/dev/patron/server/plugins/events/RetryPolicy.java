package dev.patron.server.plugins.events;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter: the n-th failed attempt waits base × 2^(n-1) (capped at max,
 * give or take a fifth, so retries of many events do not arrive together); after maxAttempts the
 * event is dead-lettered.
 */
record RetryPolicy(int maxAttempts, Duration base, Duration max) {

  boolean exhausted(int attempts) {
    return attempts >= maxAttempts;
  }

  Duration delayAfter(int attempts) {
    long base = this.base.toMillis();
    long exponential = attempts >= 31 ? Long.MAX_VALUE : base << Math.max(0, attempts - 1);
    long capped = exponential <= 0 ? max.toMillis() : Math.min(exponential, max.toMillis());
    long jitter = capped / 5;
    long withJitter = capped + (jitter == 0 ? 0 : ThreadLocalRandom.current().nextLong(-jitter, jitter + 1));
    return Duration.ofMillis(Math.max(1, withJitter));
  }
}
