package dev.patron.server.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Event delivery to plugins as this instance does it: {@code patron_events_deliveries_total} by
 * plugin and outcome ({@code delivered}, {@code retry} — an attempt failed and will be tried again —
 * or {@code dead}), and {@code patron_events_delivery_lag_seconds}, the time from an event's
 * occurrence to its delivery's commit. Series: plugins × 3, plus one histogram per plugin.
 */
public final class DeliveryMetrics {

  private static final Duration[] BUCKETS = {Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofMillis(250),
      Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofHours(1)};

  private record Series(String plugin, String outcome) {
  }

  private final MeterRegistry registry;
  private final Map<Series, Counter> counters = new ConcurrentHashMap<>();
  private final Map<String, Timer> lags = new ConcurrentHashMap<>();

  public DeliveryMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  /** An event the plugin took, committed now. */
  public void delivered(String plugin, Instant occurredAt, Instant now) {
    count(plugin, "delivered");
    Duration lag = Duration.between(occurredAt, now);
    lags.computeIfAbsent(plugin, this::lag).record(lag.isNegative() ? Duration.ZERO : lag);
  }

  /** A failed attempt: to be retried, or given up on. */
  public void failed(String plugin, boolean dead) {
    count(plugin, dead ? "dead" : "retry");
  }

  private void count(String plugin, String outcome) {
    counters.computeIfAbsent(new Series(plugin, outcome), s -> Counter.builder("patron.events.deliveries")
        .description("Event deliveries to plugins by outcome, on this instance")
        .tag("plugin", s.plugin())
        .tag("outcome", s.outcome())
        .register(registry)).increment();
  }

  private Timer lag(String plugin) {
    return Timer.builder("patron.events.delivery.lag")
        .description("Time from an event's occurrence to its delivery to the plugin")
        .tag("plugin", plugin)
        .serviceLevelObjectives(BUCKETS)
        .register(registry);
  }
}
