package dev.patron.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.server.it.fixtures.FixturePlugins;
import dev.patron.testkit.Await;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.Response;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Plugins' own events, through the outbox, with real plugin jars: the publisher appends {@code
 * publisher.*} events from its routes, the subscriber listens for {@code publisher.thing.*} and
 * {@code customer.created}, echo for {@code *}.
 */
class PluginEventsIT {

  private static final String SUBSCRIBER = "/api/v1/plugins/subscriber/deliveries";
  private static final String ECHO = "/api/v1/plugins/echo/deliveries";

  @RegisterExtension
  static PatronExtension patron = PatronExtension.builder()
      .plugin(FixturePlugins.publisher())
      .plugin(FixturePlugins.subscriber())
      .plugin(FixturePlugins.echo())
      .plugin(FixturePlugins.badListener())
      .enable("publisher", new JsonObject())
      .enable("subscriber", new JsonObject())
      .enable("echo", new JsonObject())
      .setting("PATRON_EVENT_MAX_ATTEMPTS", "3")
      .setting("PATRON_EVENT_RETRY_BASE_MS", "50")
      .setting("PATRON_EVENT_RETRY_MAX_MS", "200")
      .setting("PATRON_EVENT_POLL_MS", "100")
      .build();

  @Test
  void aListenerGetsExactlyTheTypesItAskedFor() {
    TestTenant tenant = patron.newTenant();
    String customer = Customers.create(tenant.client(), Customers.named("Ida", "Lee")).getString("id");
    tenant.client().patch(Customers.path(customer), new JsonObject().put("company", "ACME")).expect(200);
    String thing = UUID.randomUUID().toString();
    String made = publish(tenant, thing, "publisher.thing.made", new JsonObject().put("label", "made"));
    publish(tenant, thing, "publisher.other.done", new JsonObject().put("label", "other"));
    String sold = publish(tenant, thing, "publisher.thing.sold", new JsonObject().put("label", "sold"));

    assertEquals(List.of("customer.created", "customer.updated", "publisher.thing.made", "publisher.other.done",
        "publisher.thing.sold"), echoTypes(tenant, 5), "a listener of * gets customer and plugin events alike");
    List<JsonObject> deliveries = awaitDeliveries(tenant, 3);
    assertEquals(List.of("customer.created", "publisher.thing.made", "publisher.thing.sold"),
        deliveries.stream().map(d -> d.getString("type")).toList(), "customer.created and publisher.thing.* only");
    assertEquals(customer, deliveries.get(0).getString("subjectId"));
    assertEquals(List.of(made, sold), List.of(deliveries.get(1).getString("eventId"), deliveries.get(2).getString("eventId")));
    assertEquals(thing, deliveries.get(1).getString("subjectId"));
    assertEquals("made", deliveries.get(1).getString("label"), "the data as the publisher wrote it");
    assertEquals(0, deliveries.get(1).getInteger("duplicates"));
  }

  @Test
  void aSubjectsEventsArriveInOrderBehindOneBeingRetried() {
    TestTenant tenant = patron.newTenant();
    String thing = UUID.randomUUID().toString();
    String other = UUID.randomUUID().toString();
    publish(tenant, thing, "publisher.thing.made", new JsonObject().put("label", "first").put("failAttempts", 2));
    publish(tenant, thing, "publisher.thing.sold", new JsonObject().put("label", "second"));
    publish(tenant, other, "publisher.thing.made", new JsonObject().put("label", "elsewhere"));
    publish(tenant, thing, "publisher.thing.used", new JsonObject().put("label", "third"));

    List<JsonObject> deliveries = awaitDeliveries(tenant, 4);
    List<JsonObject> ofThing = deliveries.stream().filter(d -> d.getString("subjectId").equals(thing)).toList();
    assertEquals(List.of("first", "second", "third"), ofThing.stream().map(d -> d.getString("label")).toList());
    assertEquals(List.of(3, 1, 1), ofThing.stream().map(d -> d.getInteger("attempt")).toList(),
        "the first on its third attempt, the later ones waited for it instead of failing");
    JsonObject elsewhere = deliveries.stream().filter(d -> d.getString("subjectId").equals(other)).findFirst().orElseThrow();
    assertEquals(1, elsewhere.getInteger("attempt"), "another subject's event, at its first attempt");
  }

  @Test
  void anEventThatKeepsFailingIsDeadLetteredAndNoLongerHoldsItsSubjectBack() {
    TestTenant tenant = patron.newTenant();
    String thing = UUID.randomUUID().toString();
    String doomed = publish(tenant, thing, "publisher.thing.made", new JsonObject().put("failAttempts", 100));
    publish(tenant, thing, "publisher.thing.sold", new JsonObject().put("label", "after"));

    String deadLetters = "/api/v1/admin/plugins/subscriber/dead-letters?tenantId=" + tenant.id();
    JsonObject dead = Await.until(Duration.ofSeconds(15), () -> patron.admin().get(deadLetters).expect(200).items(),
        items -> items.size() == 1).get(0);
    assertEquals(doomed, dead.getString("eventId"));
    assertEquals("publisher.thing.made", dead.getString("type"));
    assertEquals(thing, dead.getString("subjectId"));
    assertFalse(dead.containsKey("customerId"), "a plugin event's subject is no customer");
    assertEquals(3, dead.getInteger("attempts"));
    assertTrue(dead.getString("lastError").contains("told to fail"), dead.encode());
    assertEquals(List.of("after"), awaitDeliveries(tenant, 1).stream().map(d -> d.getString("label")).toList());
  }

  @Test
  void theFeedShowsPluginEventsAndFiltersThemByType() {
    TestTenant tenant = patron.newTenant();
    Customers.create(tenant.client(), Customers.named("Fe", "Lee"));
    String thing = UUID.randomUUID().toString();
    String made = publish(tenant, thing, "publisher.thing.made", new JsonObject().put("label", "made").put("n", 1));
    String done = publish(tenant, thing, "publisher.other.done", new JsonObject());

    JsonObject event = tenant.client().get("/api/v1/events?type=publisher.thing.made").expect(200).items().get(0);
    assertEquals(made, event.getString("id"));
    assertEquals(thing, event.getString("subjectId"));
    assertEquals(new JsonObject().put("label", "made").put("n", 1), event.getJsonObject("data"));
    assertFalse(event.containsKey("customerId"));
    assertEquals(List.of(made), ids(tenant, "publisher.thing.made"));
    assertEquals(List.of(made, done), ids(tenant, "publisher.*"));
    assertEquals(List.of(done), ids(tenant, "publisher.other.*"));
    assertEquals(List.of("customer.created"), types(tenant, "customer.*"));
    assertEquals(List.of("customer.created", "publisher.thing.made", "publisher.other.done"), types(tenant, "*"));
    assertEquals(List.of(), ids(tenant, "publisher.thing"), "an exact type, not a prefix");
    assertEquals(List.of("type: must be an event type (customer.created), every type under a prefix (invoicing.*) or *"),
        tenant.client().get("/api/v1/events?type=Publisher.*").expect(400).fieldErrors());

    setPlugin(tenant, "publisher", false);
    assertEquals(List.of("customer.created"), types(tenant, "*"), "hidden while the tenant has the plugin disabled");
    setPlugin(tenant, "publisher", true);
    assertEquals(List.of(made, done), ids(tenant, "publisher.*"));
  }

  @Test
  void aPluginCanAppendOnlyItsOwnTypesWithBoundedData() {
    TestTenant tenant = patron.newTenant();
    String thing = UUID.randomUUID().toString();
    String foreign = refused(tenant, thing, "subscriber.thing.made", new JsonObject());
    assertTrue(foreign.contains("must start with this plugin's id and a dot ('publisher.')"), foreign);
    assertTrue(refused(tenant, thing, "customer.created", new JsonObject()).contains("('publisher.')"));
    assertTrue(refused(tenant, thing, "publisher.Thing_Made", new JsonObject()).contains("lower-case words"));
    assertTrue(refused(tenant, thing, "publisher.", new JsonObject()).contains("lower-case words"));
    String big = refused(tenant, thing, "publisher.thing.made", new JsonObject().put("blob", "x".repeat(17_000)));
    assertTrue(big.contains("more than 16384"), big);
    assertTrue(refused(tenant, thing, "publisher.thing.made", null).contains("required"));

    assertEquals(List.of(), tenant.client().get("/api/v1/events").items(), "nothing was recorded");
    publish(tenant, thing, "publisher.thing.made", new JsonObject().put("blob", "x".repeat(16_000)));
  }

  @Test
  void anEventIsRecordedWithItsTransactionOrNotAtAll() {
    TestTenant tenant = patron.newTenant();
    String thing = UUID.randomUUID().toString();
    tenant.client().post("/api/v1/plugins/publisher/things/" + thing + "/events", new JsonObject()
        .put("type", "publisher.thing.made").put("data", new JsonObject().put("label", "undone")).put("rollback", true))
        .expect(409);
    publish(tenant, thing, "publisher.thing.made", new JsonObject().put("label", "kept"));

    assertEquals(List.of("kept"), awaitDeliveries(tenant, 1).stream().map(d -> d.getString("label")).toList());
    assertEquals(1, tenant.client().get("/api/v1/events").items().size());
  }

  @Test
  void archivingACustomerErasesTheDataOfPluginEventsAboutThem() {
    TestTenant tenant = patron.newTenant();
    String customer = Customers.create(tenant.client(), Customers.named("Ari", "Lee")).getString("id");
    String thing = UUID.randomUUID().toString();
    String aboutCustomer = publish(tenant, customer, "publisher.member.noted", new JsonObject().put("note", "Ari, table 4"));
    String aboutThing = publish(tenant, thing, "publisher.thing.made", new JsonObject().put("customerId", customer));

    tenant.client().delete(Customers.path(customer)).expect(204);
    List<JsonObject> events = tenant.client().get("/api/v1/events?type=publisher.*").expect(200).items();
    assertEquals(List.of(aboutCustomer, aboutThing), events.stream().map(e -> e.getString("id")).toList());
    assertNull(events.get(0).getValue("data"), "its subject is the archived customer");
    assertEquals(new JsonObject().put("customerId", customer), events.get(1).getJsonObject("data"),
        "an event about something else keeps its data, which names the customer only by id");
  }

  @Test
  void aListenerAskingForATypeNoEventCanHaveKeepsItsPluginFromStarting() {
    JsonObject bad = patron.admin().get("/api/v1/admin/plugins").expect(200).items().stream()
        .filter(p -> p.getString("id").equals("badlistener")).findFirst().orElseThrow();
    assertEquals("FAILED", bad.getString("state"));
    assertTrue(bad.getString("failure").contains("asks for 'Customer.Created', which is neither an event type"),
        bad.encode());
  }

  /** Appends an event through the publisher's route; its id. */
  static String publish(TestTenant tenant, String subjectId, String type, JsonObject data) {
    return tenant.client().post("/api/v1/plugins/publisher/things/" + subjectId + "/events",
        new JsonObject().put("type", type).put("data", data)).expect(201).json().getString("eventId");
  }

  private static String refused(TestTenant tenant, String subjectId, String type, JsonObject data) {
    Response refused = tenant.client().post("/api/v1/plugins/publisher/things/" + subjectId + "/events",
        new JsonObject().put("type", type).put("data", data)).expect(422);
    return refused.json().getString("detail");
  }

  private static List<String> ids(TestTenant tenant, String type) {
    return tenant.client().get("/api/v1/events?type=" + type).expect(200).items().stream()
        .map(e -> e.getString("id")).toList();
  }

  private static List<String> types(TestTenant tenant, String type) {
    return tenant.client().get("/api/v1/events?type=" + type).expect(200).items().stream()
        .map(e -> e.getString("type")).toList();
  }

  private static List<JsonObject> awaitDeliveries(TestTenant tenant, int count) {
    return Await.until(Duration.ofSeconds(15), () -> tenant.client().get(SUBSCRIBER).expect(200).items(),
        items -> items.size() >= count);
  }

  private static List<String> echoTypes(TestTenant tenant, int count) {
    return Await.until(Duration.ofSeconds(15), () -> tenant.client().get(ECHO).expect(200).json()
        .getJsonArray("types").stream().map(String.class::cast).toList(), types -> types.size() >= count);
  }

  private static void setPlugin(TestTenant tenant, String pluginId, boolean enabled) {
    patron.admin().put("/api/v1/admin/tenants/" + tenant.id() + "/plugins/" + pluginId,
        new JsonObject().put("enabled", enabled)).expect(200);
  }
}
