package dev.patron.server.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Per-tenant figures in a bounded form: {@code patron_tenant_requests_top}, the requests of the
 * {@value #TOP} busiest restaurants of the last minute on this instance (labels {@code tenant}, its
 * id, and {@code rank}), so 10,000 restaurants make {@value #TOP} series, not 10,000. Counting is a
 * map update per request; {@link #rotate} (once a minute) publishes and starts afresh.
 */
public final class BusiestTenants {

  static final int TOP = 10;

  private final MultiGauge top;
  private volatile Map<UUID, LongAdder> minute = new ConcurrentHashMap<>();

  public BusiestTenants(MeterRegistry registry) {
    this.top = MultiGauge.builder("patron.tenant.requests.top")
        .description("Requests in the last minute of the busiest restaurants on this instance")
        .register(registry);
  }

  public void count(UUID tenantId) {
    Map<UUID, LongAdder> counts = minute;
    LongAdder count = counts.get(tenantId);
    if (count == null) {
      count = counts.computeIfAbsent(tenantId, id -> new LongAdder());
    }
    count.increment();
  }

  /** Publishes the last minute's busiest and starts the next minute. */
  public void rotate() {
    Map<UUID, LongAdder> ended = minute;
    minute = new ConcurrentHashMap<>();
    List<Map.Entry<UUID, Long>> counts = new ArrayList<>();
    ended.forEach((tenant, requests) -> counts.add(Map.entry(tenant, requests.sum())));
    counts.sort(Map.Entry.<UUID, Long>comparingByValue().reversed());
    List<MultiGauge.Row<?>> rows = new ArrayList<>();
    for (int rank = 1; rank <= Math.min(TOP, counts.size()); rank++) {
      Map.Entry<UUID, Long> entry = counts.get(rank - 1);
      rows.add(MultiGauge.Row.of(Tags.of("tenant", entry.getKey().toString(), "rank", String.valueOf(rank)),
          entry.getValue()));
    }
    top.register(rows, true);
  }
}
