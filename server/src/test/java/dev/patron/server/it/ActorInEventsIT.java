package dev.patron.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.patron.server.it.fixtures.FixturePlugins;
import dev.patron.testkit.Await;
import dev.patron.testkit.Concurrently;
import dev.patron.testkit.PatronClient;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.StaffAccounts;
import dev.patron.testkit.StaffAccounts.SignedIn;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every write records who made it, and its event says so: in the event feed and in what plugins'
 * listeners receive. Staff users (their session), API keys, the plugins themselves.
 */
class ActorInEventsIT {

  @RegisterExtension
  static PatronExtension patron = PatronExtension.builder()
      .plugin(FixturePlugins.publisher())
      .plugin(FixturePlugins.subscriber())
      .enable("publisher", new JsonObject())
      .enable("subscriber", new JsonObject())
      .setting("PATRON_EVENT_POLL_MS", "100")
      .build();

  @Test
  void customerEventsNameTheStaffUserOrTheApiKeyThatMadeThem() {
    TestTenant tenant = patron.newTenant();
    SignedIn owner = StaffAccounts.owner(patron.admin(), tenant.id(), "owner@example.at");
    SignedIn manager = StaffAccounts.member(owner, "manager@example.at", "MANAGER");
    String keyId = keyId(tenant);

    String id = Customers.create(owner.client(), Customers.named("Ida", "Lee")).getString("id");
    tenant.client().patch(Customers.path(id), new JsonObject().put("company", "ACME")).expect(200);
    manager.client().delete(Customers.path(id)).expect(204);

    assertEquals(List.of(
            "customer.created staff:" + owner.staffId(),
            "customer.updated api-key:" + keyId,
            "customer.archived staff:" + manager.staffId()),
        feed(tenant.client(), "customer."));
  }

  @Test
  void listenersReceiveTheActorAndAListenersOwnWritesAreThePlugins() {
    TestTenant tenant = patron.newTenant();
    SignedIn owner = StaffAccounts.owner(patron.admin(), tenant.id(), "boss@example.at");
    Customers.create(owner.client(), Customers.named("Ada", "Ng"));
    String thing = UUID.randomUUID().toString();
    owner.client().post("/api/v1/plugins/publisher/things/" + thing + "/events", new JsonObject()
        .put("type", "publisher.thing.made").put("data", new JsonObject().put("label", "made").put("relay", true)))
        .expect(201);
    tenant.client().post("/api/v1/plugins/publisher/things/" + thing + "/events", new JsonObject()
        .put("type", "publisher.thing.sold").put("data", new JsonObject().put("label", "sold"))).expect(201);

    List<JsonObject> deliveries = Await.until(Duration.ofSeconds(15),
        () -> tenant.client().get("/api/v1/plugins/subscriber/deliveries").expect(200).items(), d -> d.size() >= 3);
    assertEquals(List.of("customer.created staff:" + owner.staffId(), "publisher.thing.made staff:" + owner.staffId(),
            "publisher.thing.sold api-key:" + keyId(tenant)),
        deliveries.stream().map(d -> d.getString("type") + " " + d.getString("actor")).toList());
    // The subscriber relayed the first thing event from its delivery: no request, so the plugin acted.
    List<String> relayed = Await.until(Duration.ofSeconds(15), () -> feed(tenant.client(), "subscriber."),
        r -> !r.isEmpty());
    assertEquals(List.of("subscriber.thing.relayed plugin:subscriber"), relayed);
  }

  @Test
  void anEventAHookAppendsNamesTheActorOfItsOwnWriteEvenInASharedTransaction() throws Exception {
    TestTenant tenant = patron.newTenant();
    SignedIn owner = StaffAccounts.owner(patron.admin(), tenant.id(), "hooked@example.at");
    List<PatronClient> callers = List.of(owner.client(), tenant.client());
    Concurrently.run(24, i -> callers.get(i % 2).post("/api/v1/customers",
        Customers.named("Hook" + i, "Test").put("notes", "publish")).expect(201));

    Map<String, String> createdBy = new java.util.HashMap<>();
    Map<String, String> publishedBy = new java.util.HashMap<>();
    for (JsonObject event : tenant.client().get("/api/v1/events?limit=100").expect(200).items()) {
      String actor = actor(event.getJsonObject("actor"));
      if (event.getString("type").equals("customer.created")) {
        createdBy.put(event.getString("subjectId"), actor);
      } else if (event.getString("type").equals("publisher.thing.made")) {
        publishedBy.put(event.getString("subjectId"), actor);
      }
    }
    assertEquals(24, createdBy.size());
    assertEquals(createdBy, publishedBy, "each hook's event names its own create's actor");
    assertEquals(12, createdBy.values().stream().filter(a -> a.startsWith("staff:")).count());
  }

  @Test
  void aPluginChangingACustomerForARequestNamesTheRequestsActor() {
    TestTenant tenant = patron.newTenant();
    SignedIn owner = StaffAccounts.owner(patron.admin(), tenant.id(), "tagger@example.at");
    String id = Customers.create(tenant.client(), Customers.named("Bo", "Li")).getString("id");
    owner.client().put("/api/v1/plugins/publisher/customers/" + id + "/tag", new JsonObject().put("tag", "vip"))
        .expect(200);
    assertEquals(List.of("customer.created api-key:" + keyId(tenant), "customer.updated staff:" + owner.staffId()),
        feed(tenant.client(), "customer."));
  }

  @Test
  void anImportsRowsNameWhoeverStartedIt() {
    TestTenant tenant = patron.newTenant();
    SignedIn owner = StaffAccounts.owner(patron.admin(), tenant.id(), "importer@example.at");
    SignedIn manager = StaffAccounts.member(owner, "lists@example.at", "MANAGER");
    byte[] csv = "firstName,lastName\nAnna,Berg\nBen,Ott\n".getBytes(StandardCharsets.UTF_8);
    String job = manager.client().sendBytes("POST", "/api/v1/customers/imports", csv, Map.of("Content-Type", "text/csv"))
        .expect(202).json().getString("id");
    Await.until(Duration.ofSeconds(30), () -> manager.client().get("/api/v1/customers/imports/" + job).expect(200).json(),
        status -> "SUCCEEDED".equals(status.getString("state")));
    assertEquals(List.of("customer.created staff:" + manager.staffId(), "customer.created staff:" + manager.staffId()),
        feed(tenant.client(), "customer."));
  }

  /** "type actor" of the tenant's events whose type starts with {@code prefix}, in order. */
  private static List<String> feed(PatronClient client, String prefix) {
    return client.get("/api/v1/events?limit=100").expect(200).items().stream()
        .filter(e -> e.getString("type").startsWith(prefix))
        .map(e -> e.getString("type") + " " + actor(e.getJsonObject("actor")))
        .collect(Collectors.toList());
  }

  private static String actor(JsonObject actor) {
    return actor.containsKey("id") ? actor.getString("type") + ":" + actor.getString("id") : actor.getString("type");
  }

  private static String keyId(TestTenant tenant) {
    return patron.admin().get("/api/v1/admin/tenants/" + tenant.id() + "/api-keys").expect(200).items().get(0)
        .getString("id");
  }
}
