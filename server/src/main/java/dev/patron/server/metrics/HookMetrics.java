package dev.patron.server.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Times each plugin's customer hook calls as {@code patron_plugin_hook_calls_seconds}, by plugin,
 * hook ({@code create}, {@code update}, {@code archive}) and outcome: {@code ok}, {@code veto} (the
 * plugin refused the write), {@code timeout} or {@code failure} (it broke). Series: plugins × 3 × 4.
 */
public final class HookMetrics {

  /** A hook call's result, as the host turned it into a problem (or not). */
  public enum Outcome { OK, VETO, TIMEOUT, FAILURE }

  private record Series(String plugin, String hook, Outcome outcome) {
  }

  private static final Duration[] BUCKETS = {Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(25),
      Duration.ofMillis(100), Duration.ofMillis(500), Duration.ofSeconds(2), Duration.ofSeconds(10)};

  private final MeterRegistry registry;
  private final Map<Series, Timer> timers = new ConcurrentHashMap<>();

  public HookMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  /** Runs {@code call} and records it; {@code outcome} names what its failure was. */
  public Future<Void> timed(String plugin, String hook, Supplier<Future<Void>> call,
      Function<Throwable, Outcome> outcome) {
    long started = System.nanoTime();
    return call.get().andThen(done -> timers.computeIfAbsent(
            new Series(plugin, hook, done.succeeded() ? Outcome.OK : outcome.apply(done.cause())), this::timer)
        .record(System.nanoTime() - started, TimeUnit.NANOSECONDS));
  }

  private Timer timer(Series series) {
    return Timer.builder("patron.plugin.hook.calls")
        .description("Plugins' customer hook calls by outcome")
        .tag("plugin", series.plugin())
        .tag("hook", series.hook())
        .tag("outcome", series.outcome().name().toLowerCase(Locale.ROOT))
        .serviceLevelObjectives(BUCKETS)
        .register(registry);
  }
}
