package dev.patron.plugins.webhooks.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.testkit.Await;
import dev.patron.testkit.PatronExtension;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Registering and changing endpoints: bad input is a 400 naming each field, versions guard
 * changes, type filters choose what is sent, restaurants never see each other's endpoints or
 * events, and archiving a customer erases them from stored payloads.
 */
class EndpointsIT {

  @RegisterExtension
  static PatronExtension patron = WebhookServers.forTests().build();

  @RegisterExtension
  static Receiver receiver = new Receiver();

  @Test
  void badInputIsRefusedFieldByField() {
    WebhookApi api = new WebhookApi(patron.newTenant());
    String path = WebhookApi.BASE + "/endpoints";
    List<String> errors = api.client().post(path, new JsonObject()
        .put("url", "ftp://example.com/x")
        .put("eventTypes", new JsonArray(List.of("customer.created", "Customer!", "customer.*.x")))
        .put("description", "d".repeat(501))
        .put("enabled", "yes")
        .put("secret", "mine")
        .put("colour", "red")).expect(400).fieldErrors();
    Set<String> fields = errors.stream().map(e -> e.substring(0, e.indexOf(':'))).collect(Collectors.toSet());
    assertEquals(Set.of("url", "eventTypes[1]", "eventTypes[2]", "description", "enabled", "secret", "colour"), fields,
        errors.toString());
    assertEquals(2, api.client().post(path, new JsonObject()).expect(400).fieldErrors().size(), "url and eventTypes");
    api.client().post(path, new JsonObject().put("url", receiver.url("/x")).put("eventTypes", new JsonArray())).expect(400);
    api.client().post(path, new JsonObject().put("url", "http://user:pw@127.0.0.1/x")
        .put("eventTypes", new JsonArray(List.of("*")))).expect(400);
    api.client().get(path + "/not-a-uuid").expect(404);
    api.client().get(path + "/" + java.util.UUID.randomUUID()).expect(404);
    api.client().get(path + "?limit=0").expect(400);
  }

  @Test
  void changesAreGuardedByVersionAndEndpointsCanBeDeleted() {
    WebhookApi api = new WebhookApi(patron.newTenant());
    JsonObject endpoint = api.register(receiver.url("/v"), "*");
    String path = WebhookApi.BASE + "/endpoints/" + endpoint.getString("id");
    JsonObject changed = api.client().patch(path, new JsonObject().put("description", "Kitchen display")
        .put("eventTypes", new JsonArray(List.of("customer.*"))), Map.of("If-Match", "\"1\"")).expect(200).json();
    assertEquals(2, changed.getInteger("version"));
    assertEquals("Kitchen display", changed.getString("description"));
    api.client().patch(path, new JsonObject().put("description", "stale"), Map.of("If-Match", "\"1\"")).expect(412);
    api.client().patch(path, new JsonObject().put("id", "x")).expect(400);
    assertNull(api.client().patch(path, new JsonObject().putNull("description")).expect(200).json().getString("description"));
    api.client().delete(path, Map.of("If-Match", "\"1\"")).expect(412);
    api.client().delete(path).expect(204);
    api.client().get(path).expect(404);
  }

  @Test
  void onlyTheTypesAnEndpointAskedForAreSent() {
    WebhookApi api = new WebhookApi(patron.newTenant());
    api.register(receiver.url("/created-only"), "customer.created");
    api.register(receiver.url("/everything"), "*");
    api.register(receiver.url("/gift-cards"), "gift-cards.*");
    String id = api.customer("Fil", "Ter");
    api.client().patch("/api/v1/customers/" + id, new JsonObject().put("notes", "window seat")).expect(200);

    Await.until(Duration.ofSeconds(10), () -> receiver.at("/everything"), l -> l.size() == 2);
    Await.until(Duration.ofSeconds(10), () -> receiver.at("/created-only"), l -> l.size() == 1);
    assertEquals(List.of("customer.created", "customer.updated"), types("/everything"));
    assertEquals(List.of("customer.created"), types("/created-only"));
    assertEquals(List.of(), receiver.at("/gift-cards"));
  }

  @Test
  void restaurantsNeverSeeEachOthersEndpointsOrEvents() {
    WebhookApi a = new WebhookApi(patron.newTenant());
    WebhookApi b = new WebhookApi(patron.newTenant());
    String aEndpoint = a.register(receiver.url("/tenant-a"), "*").getString("id");
    b.client().get(WebhookApi.BASE + "/endpoints/" + aEndpoint).expect(404);
    b.client().get(WebhookApi.BASE + "/endpoints/" + aEndpoint + "/deliveries").expect(404);
    b.client().patch(WebhookApi.BASE + "/endpoints/" + aEndpoint, new JsonObject().put("enabled", false)).expect(404);
    b.client().delete(WebhookApi.BASE + "/endpoints/" + aEndpoint).expect(404);
    b.client().post(WebhookApi.BASE + "/endpoints/" + aEndpoint + "/secret-rotations", new JsonObject()).expect(404);
    assertEquals(0, b.client().get(WebhookApi.BASE + "/endpoints").expect(200).items().size());

    b.customer("Bee", "Only");
    a.customer("Aye", "Only");
    Await.until(Duration.ofSeconds(10), () -> receiver.at("/tenant-a"), l -> l.size() == 1);
    WebhookApi.pause(500);
    assertEquals(1, receiver.at("/tenant-a").size());
    assertEquals("Aye", receiver.at("/tenant-a").get(0).json().getJsonObject("data").getString("firstName"));
  }

  @Test
  void archivingACustomerErasesThemFromStoredPayloads() {
    WebhookApi api = new WebhookApi(patron.newTenant());
    String endpointId = api.register(receiver.url("/archive"), "customer.*").getString("id");
    String customer = api.customer("Gone", "Soon");
    api.awaitDeliveries(endpointId, Duration.ofSeconds(10), l -> WebhookApi.allIn(l, "SUCCEEDED", 1));
    JsonObject preview = api.client().get("/api/v1/customers/" + customer + "/archive-preview").expect(200).json();
    assertTrue(preview.encode().contains("webhook-payload"), preview.encode());
    api.client().delete("/api/v1/customers/" + customer).expect(204);

    List<JsonObject> log = api.awaitDeliveries(endpointId, Duration.ofSeconds(10), l -> WebhookApi.allIn(l, "SUCCEEDED", 2));
    for (JsonObject delivery : log) {
      JsonObject payload = api.delivery(endpointId, delivery.getString("id")).getJsonObject("payload");
      assertNull(payload.getValue("data"), payload.encode());
      assertTrue(!payload.encode().contains("Gone"), payload.encode());
    }
  }

  @Test
  void theLimitOfEndpointsPerRestaurantHolds() {
    WebhookApi api = new WebhookApi(patron.newTenant());
    for (int i = 0; i < 20; i++) {
      api.register(receiver.url("/many" + i), "customer.created");
    }
    assertEquals("https://patron.dev/problems/too-many-endpoints", api.client().post(WebhookApi.BASE + "/endpoints",
        new JsonObject().put("url", receiver.url("/one-more")).put("eventTypes", new JsonArray(List.of("*"))))
        .expect(422).json().getString("type"));
  }

  private static List<String> types(String path) {
    return receiver.at(path).stream().map(r -> r.json().getString("type")).toList();
  }
}
