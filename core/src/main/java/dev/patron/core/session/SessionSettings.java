package dev.patron.core.session;

import java.time.Duration;

/**
 * How long sessions live: {@code idleTimeout} without a request, {@code maxLifetime} at most from
 * sign-in however busy. The last-seen time is written at most every {@link #touchInterval()}, so
 * a busy session costs no write per request.
 */
public record SessionSettings(Duration idleTimeout, Duration maxLifetime) {

  public Duration touchInterval() {
    Duration tenth = idleTimeout.dividedBy(10);
    return tenth.compareTo(Duration.ofMinutes(1)) < 0 ? tenth : Duration.ofMinutes(1);
  }
}
