package dev.patron.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.patron.server.it.fixtures.FixturePlugins;
import dev.patron.testkit.Await;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Events survive a crash of the server: whatever committed is delivered after the restart,
 * exactly once per successful delivery, even when the crash hits a delivery in flight.
 */
class PluginCrashRecoveryIT {

  @RegisterExtension
  static PatronExtension patron = PatronExtension.builder()
      .isolated()
      .plugin(FixturePlugins.recorder())
      .plugin(FixturePlugins.echo())
      .enable("recorder", new JsonObject())
      .enable("echo", new JsonObject())
      .setting("PATRON_EVENT_POLL_MS", "100")
      .build();

  @Test
  void anEventWhoseDeliveryWasCutShortByAKillArrivesOnceAfterRestart() throws Exception {
    TestTenant tenant = patron.newTenant();
    String id = Customers.create(tenant.client(), Customers.named("Sid", "Slow")).getString("id");
    Thread.sleep(1000);
    assertEquals(List.of(), recorded(tenant), "the delivery is still in flight (the listener takes 3 s)");

    patron.server().kill();
    patron.server().startAgain();

    List<JsonObject> deliveries = Await.until(Duration.ofSeconds(20), () -> recorded(tenant), list -> !list.isEmpty());
    assertEquals(1, deliveries.size());
    assertEquals(id, deliveries.get(0).getString("customerId"));
    assertEquals("customer.created", deliveries.get(0).getString("type"));
    Thread.sleep(1000);
    assertEquals(0, recorded(tenant).get(0).getInteger("duplicates"), "delivered exactly once");
  }

  @Test
  void eventsCommittedBeforeAKillAreAllDeliveredAfterRestart() {
    TestTenant tenant = patron.newTenant();
    patron.admin().put("/api/v1/admin/tenants/" + tenant.id() + "/plugins/recorder",
        new JsonObject().put("enabled", true).put("config", new JsonObject().put("slowMillis", 700))).expect(200);
    for (int i = 0; i < 4; i++) {
      Customers.create(tenant.client(), Customers.named("Kit" + i, "Killed"));
    }

    patron.server().kill();
    patron.server().startAgain();

    List<JsonObject> deliveries = Await.until(Duration.ofSeconds(30), () -> recorded(tenant), list -> list.size() >= 4);
    assertEquals(List.of("Killed", "Killed", "Killed", "Killed"), deliveries.stream().map(d -> d.getString("lastName")).toList());
    deliveries.forEach(d -> assertEquals(0, d.getInteger("duplicates")));
    assertEquals(4, Await.until(Duration.ofSeconds(10),
        () -> tenant.client().get("/api/v1/plugins/echo/deliveries").json().getJsonArray("types").size(), n -> n == 4));
  }

  private static List<JsonObject> recorded(TestTenant tenant) {
    return tenant.client().get("/api/v1/plugins/recorder/deliveries").expect(200).items();
  }
}
