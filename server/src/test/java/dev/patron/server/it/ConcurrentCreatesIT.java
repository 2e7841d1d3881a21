package dev.patron.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.server.it.fixtures.FixturePlugins;
import dev.patron.testkit.Await;
import dev.patron.testkit.Concurrently;
import dev.patron.testkit.PatronClient;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.Response;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Creates that arrive together share transactions (group commit); each still gets the answer it
 * would get alone, and a failing one takes none of its neighbours down.
 */
class ConcurrentCreatesIT {

  private static final String RECORDER = "/api/v1/plugins/recorder";
  private static final int CREATES = 60;

  @RegisterExtension
  static PatronExtension patron = PatronExtension.builder()
      .plugin(FixturePlugins.recorder())
      .setting("PATRON_EVENT_RETRY_BASE_MS", "50")
      .setting("PATRON_EVENT_RETRY_MAX_MS", "200")
      .build();

  @Test
  void concurrentCreatesShareTransactionsAndEachGetsItsOwnCustomerAndEvent() throws Exception {
    PatronClient api = patron.newTenant().client();

    List<Response> answers = Concurrently.run(CREATES, i -> api.post(Customers.PATH,
        Customers.named("Guest" + i, "Concurrent").put("referenceId", "REF-" + i).put("email", "g" + i + "@example.com")));

    assertEquals(Map.of(201, (long) CREATES), statuses(answers));
    Map<String, JsonObject> created = answers.stream().map(Response::json)
        .collect(Collectors.toMap(c -> c.getString("id"), c -> c));
    assertEquals(CREATES, created.size(), "every create has a customer of its own");
    for (JsonObject customer : created.values()) {
      assertEquals(customer, api.get(Customers.path(customer.getString("id"))).expect(200).json(), "as stored");
    }
    assertEquals(CREATES, api.get(Customers.PATH + "?q=concurrent&limit=100").items().size(), "each found by search");

    List<JsonObject> events = api.get("/api/v1/events?limit=100").items();
    assertEquals(CREATES, events.size());
    Set<String> transactions = new HashSet<>();
    for (JsonObject event : events) {
      assertEquals("customer.created", event.getString("type"));
      assertEquals(created.get(event.getString("subjectId")), event.getJsonObject("data"), "the event carries the customer");
      transactions.add(event.getString("position").split("-")[0]);
    }
    assertTrue(transactions.size() < CREATES, "some creates committed together: " + transactions.size() + " transactions");
  }

  @Test
  void aDuplicateReferenceAmongConcurrentCreatesFailsAloneWithItsConflict() throws Exception {
    PatronClient api = patron.newTenant().client();

    // Every fifth create reuses reference DUP: one of them wins, the others are conflicts.
    List<Response> answers = Concurrently.run(CREATES, i -> api.post(Customers.PATH,
        Customers.named("Guest" + i, "Clash").put("referenceId", i % 5 == 0 ? "DUP" : "REF-" + i)));

    long duplicates = CREATES / 5;
    assertEquals(Map.of(201, CREATES - duplicates + 1, 409, duplicates - 1), statuses(answers));
    answers.stream().filter(answer -> answer.status() == 409).forEach(answer ->
        assertEquals("https://patron.dev/problems/reference-id-taken", answer.json().getString("type")));
    assertEquals(CREATES - duplicates + 1, api.get(Customers.PATH + "?limit=100").items().size());
    assertEquals(CREATES - duplicates + 1, feedSize(api, CREATES - duplicates + 1), "no event without its customer");
  }

  @Test
  void aPluginVetoAmongConcurrentCreatesRollsBackOnlyThatCreate() throws Exception {
    TestTenant tenant = patron.newTenant();
    patron.admin().put("/api/v1/admin/tenants/" + tenant.id() + "/plugins/recorder", new JsonObject().put("enabled", true))
        .expect(200);
    PatronClient api = tenant.client();

    // The recorder writes an audit row and then vetoes customers named Vetoed: every fourth here.
    List<Response> answers = Concurrently.run(40, i -> api.post(Customers.PATH, Customers.named("Guest" + i,
        i % 4 == 0 ? "Vetoed" : "Member").put("extensions", new JsonObject()
            .put("recorder", new JsonObject().put("tier", "gold")))));

    assertEquals(Map.of(201, 30L, 422, 10L), statuses(answers));
    answers.stream().filter(answer -> answer.status() == 201).forEach(answer -> assertEquals(
        new JsonObject().put("tier", "gold").put("locked", false),
        answer.json().getJsonObject("extensions").getJsonObject("recorder"), "the hook ran for each"));
    JsonObject tables = api.get(RECORDER + "/tables").expect(200).json();
    assertEquals(0, tables.getLong("audit"), "no vetoed create left its plugin's write behind");
    assertEquals(30, tables.getLong("members"), "each accepted create kept its plugin's write");
    assertEquals(30, api.get(Customers.PATH + "?limit=100").items().size());
    assertEquals(30L, feedSize(api, 30));
  }

  @Test
  void eventsOfConcurrentCreatesReachTheListenerOnceEachEvenWhenSomeFail() throws Exception {
    TestTenant tenant = patron.newTenant();
    patron.admin().put("/api/v1/admin/tenants/" + tenant.id() + "/plugins/recorder", new JsonObject().put("enabled", true)
        .put("config", new JsonObject().put("failLastName", "Stuck").put("failAttempts", 1))).expect(200);
    PatronClient api = tenant.client();

    // Events that arrive together are delivered in one transaction; a failing one (every sixth here)
    // sends them one by one, so only it is retried and none is recorded twice.
    List<Response> answers = Concurrently.run(CREATES, i -> api.post(Customers.PATH,
        Customers.named("Guest" + i, i % 6 == 0 ? "Stuck" : "Listened")));
    assertEquals(Map.of(201, (long) CREATES), statuses(answers));

    List<JsonObject> deliveries = dev.patron.testkit.Await.until(java.time.Duration.ofSeconds(20),
        () -> api.get(RECORDER + "/deliveries").expect(200).items(), items -> items.size() >= CREATES);
    assertEquals(CREATES, deliveries.size());
    Set<String> customers = answers.stream().map(answer -> answer.json().getString("id")).collect(Collectors.toSet());
    assertEquals(customers, deliveries.stream().map(d -> d.getString("customerId")).collect(Collectors.toSet()));
    for (JsonObject delivery : deliveries) {
      assertEquals(0, delivery.getInteger("duplicates"), "recorded once: " + delivery.encode());
      assertEquals(delivery.getString("lastName").equals("Stuck") ? 2 : 1, delivery.getInteger("attempt"),
          "only the failing events were tried again: " + delivery.encode());
    }
  }

  @Test
  void concurrentCreatesOfManyTenantsStayWithTheirTenant() throws Exception {
    List<PatronClient> tenants = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      tenants.add(patron.newTenant().client());
    }

    List<Response> answers = Concurrently.run(CREATES, i -> tenants.get(i % 4).post(Customers.PATH,
        Customers.named("Guest" + i, "Tenant" + (i % 4))));

    assertEquals(Map.of(201, (long) CREATES), statuses(answers));
    for (int t = 0; t < 4; t++) {
      List<JsonObject> customers = tenants.get(t).get(Customers.PATH + "?limit=100").items();
      assertEquals(CREATES / 4, customers.size());
      String lastName = "Tenant" + t;
      assertTrue(customers.stream().allMatch(c -> c.getString("lastName").equals(lastName)), "only its own");
      assertEquals(CREATES / 4, feedSize(tenants.get(t), CREATES / 4));
    }
  }

  private static Map<Integer, Long> statuses(List<Response> answers) {
    return answers.stream().collect(Collectors.groupingBy(Response::status, Collectors.counting()));
  }

  /**
   * The event feed's size once it shows {@code expected} events (failing with the last size seen
   * after 10 s). The feed stops before any transaction still in flight anywhere in the database (an event
   * delivery's, say), so an event committed a moment ago may show a moment later.
   */
  private static long feedSize(PatronClient api, long expected) {
    return Await.until(Duration.ofSeconds(10), () -> (long) api.get("/api/v1/events?limit=100").items().size(),
        size -> size == expected);
  }
}
