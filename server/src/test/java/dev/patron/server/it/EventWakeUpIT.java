package dev.patron.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.patron.server.it.fixtures.FixturePlugins;
import dev.patron.testkit.Await;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Delivery is woken by the commit that appended an event, wherever it was appended — a customer
 * route, a plugin's route, a plugin's {@code CustomerAccess.setExtension}, a listener — and does
 * not wait for the poll, which here runs once a minute.
 */
class EventWakeUpIT {

  /** Far below the minute-long poll, with room for a loaded CI machine. */
  private static final Duration PROMPTLY = Duration.ofSeconds(3);

  @RegisterExtension
  static PatronExtension patron = PatronExtension.builder()
      .plugin(FixturePlugins.publisher())
      .plugin(FixturePlugins.subscriber())
      .plugin(FixturePlugins.echo())
      .enable("publisher", new JsonObject())
      .enable("subscriber", new JsonObject())
      .enable("echo", new JsonObject())
      .setting("PATRON_EVENT_POLL_MS", "60000")
      .build();

  @Test
  void anEventAppendedByAPluginRouteIsDeliveredAtOnce() {
    TestTenant tenant = patron.newTenant();
    String thing = UUID.randomUUID().toString();
    String event = PluginEventsIT.publish(tenant, thing, "publisher.thing.made", new JsonObject().put("label", "now"));

    List<JsonObject> deliveries = Await.until(PROMPTLY,
        () -> tenant.client().get("/api/v1/plugins/subscriber/deliveries").expect(200).items(), items -> !items.isEmpty());
    assertEquals(event, deliveries.get(0).getString("eventId"));
  }

  @Test
  void customerWritesOfTheCoreAndOfAPluginWakeDeliveryToo() {
    TestTenant tenant = patron.newTenant();
    String customer = Customers.create(tenant.client(), Customers.named("Wim", "Lee")).getString("id");
    assertEquals(List.of("customer.created"), echoTypes(tenant, 1));

    tenant.client().put("/api/v1/plugins/publisher/customers/" + customer + "/tag", new JsonObject().put("tag", "vip"))
        .expect(200);
    assertEquals(List.of("customer.created", "customer.updated"), echoTypes(tenant, 2),
        "the update a plugin made through CustomerAccess");
  }

  @Test
  void anEventAppendedByAListenerWakesTheOtherPlugins() {
    TestTenant tenant = patron.newTenant();
    String thing = UUID.randomUUID().toString();
    PluginEventsIT.publish(tenant, thing, "publisher.thing.made", new JsonObject().put("relay", true));

    assertEquals(List.of("publisher.thing.made", "subscriber.thing.relayed"), echoTypes(tenant, 2),
        "the subscriber's own event, appended in its delivery's transaction");
  }

  private static List<String> echoTypes(TestTenant tenant, int count) {
    return Await.until(PROMPTLY, () -> tenant.client().get("/api/v1/plugins/echo/deliveries").expect(200).json()
        .getJsonArray("types").stream().map(String.class::cast).toList(), types -> types.size() >= count);
  }
}
