package dev.patron.server.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BusiestTenantsTest {

  @Test
  void onlyTheTopTenOfTheLastMinuteArePublishedThenTheCountStartsAfresh() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    BusiestTenants busiest = new BusiestTenants(registry);
    UUID busiestOne = UUID.randomUUID();
    for (int tenant = 0; tenant < 50; tenant++) {
      UUID id = tenant == 0 ? busiestOne : UUID.randomUUID();
      for (int request = 0; request <= (tenant == 0 ? 100 : tenant); request++) {
        busiest.count(id);
      }
    }
    busiest.rotate();

    assertEquals(BusiestTenants.TOP, registry.find("patron.tenant.requests.top").gauges().size());
    Gauge first = registry.find("patron.tenant.requests.top").tag("rank", "1").gauge();
    assertEquals(busiestOne.toString(), first.getId().getTag("tenant"));
    assertEquals(101, first.value());

    busiest.rotate();
    assertTrue(registry.find("patron.tenant.requests.top").gauges().isEmpty(), "a quiet minute publishes nothing");
  }
}
