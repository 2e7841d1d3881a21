package dev.patron.server.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.core.spi.VertxMetricsFactory;
import io.vertx.core.spi.metrics.PoolMetrics;
import io.vertx.core.spi.metrics.VertxMetrics;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The database pools' figures, through Vert.x's metrics SPI (the SQL client reports each pool's
 * waits and uses to it): {@code patron_db_pool_in_use}, {@code patron_db_pool_max} and {@code
 * patron_db_pool_waiting} per pool name (summed over the event loops' pools of one name), and {@code
 * patron_db_pool_wait_seconds}, how long a query waited for a connection. Only SQL pools are
 * measured; everything else Vert.x could report stays off, so it costs nothing.
 */
public final class PoolMeters implements VertxMetrics {

  private static final Duration[] BUCKETS = {Duration.ofNanos(100_000), Duration.ofMillis(1), Duration.ofMillis(5),
      Duration.ofMillis(25), Duration.ofMillis(100), Duration.ofMillis(500), Duration.ofSeconds(2)};

  private final MeterRegistry registry;
  private final Map<String, Figures> pools = new ConcurrentHashMap<>();

  public PoolMeters(MeterRegistry registry) {
    this.registry = registry;
  }

  /** For {@code Vertx.builder().withMetrics(...)}. */
  public VertxMetricsFactory factory() {
    return options -> this;
  }

  @Override
  public PoolMetrics<?, ?> createPoolMetrics(String poolType, String poolName, int maxPoolSize) {
    if (!"sql".equals(poolType)) {
      return null;
    }
    Figures figures = pools.computeIfAbsent(poolName == null ? "unnamed" : poolName, this::figures);
    figures.max.addAndGet(maxPoolSize);
    return new Meter(figures, maxPoolSize);
  }

  private Figures figures(String pool) {
    Figures figures = new Figures(Timer.builder("patron.db.pool.wait")
        .description("Time a query waited for a database connection").tag("pool", pool)
        .serviceLevelObjectives(BUCKETS).register(registry));
    Gauge.builder("patron.db.pool.in.use", figures.inUse, AtomicInteger::get)
        .description("Database connections in use").tag("pool", pool).register(registry);
    Gauge.builder("patron.db.pool.max", figures.max, AtomicInteger::get)
        .description("Database connections the pool may open").tag("pool", pool).register(registry);
    Gauge.builder("patron.db.pool.waiting", figures.waiting, AtomicInteger::get)
        .description("Queries waiting for a database connection").tag("pool", pool).register(registry);
    return figures;
  }

  private static final class Figures {
    final AtomicInteger inUse = new AtomicInteger();
    final AtomicInteger max = new AtomicInteger();
    final AtomicInteger waiting = new AtomicInteger();
    final Timer wait;

    Figures(Timer wait) {
      this.wait = wait;
    }
  }

  /** One pool's reports: the queue's entry time is the token handed back on dequeue. */
  private static final class Meter implements PoolMetrics<Long, Boolean> {
    private final Figures figures;
    private final int maxPoolSize;

    Meter(Figures figures, int maxPoolSize) {
      this.figures = figures;
      this.maxPoolSize = maxPoolSize;
    }

    @Override
    public Long enqueue() {
      figures.waiting.incrementAndGet();
      return System.nanoTime();
    }

    @Override
    public void dequeue(Long enqueued) {
      figures.waiting.decrementAndGet();
      if (enqueued != null) {
        figures.wait.record(System.nanoTime() - enqueued, TimeUnit.NANOSECONDS);
      }
    }

    @Override
    public Boolean begin() {
      figures.inUse.incrementAndGet();
      return Boolean.TRUE;
    }

    @Override
    public void end(Boolean begun) {
      figures.inUse.decrementAndGet();
    }

    @Override
    public void close() {
      figures.max.addAndGet(-maxPoolSize);
    }
  }
}
