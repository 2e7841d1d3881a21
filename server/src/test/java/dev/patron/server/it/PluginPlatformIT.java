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
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The plugin platform with real plugin jars loaded by PF4J in the real server. */
class PluginPlatformIT {

  private static final String RECORDER = "/api/v1/plugins/recorder";

  @RegisterExtension
  static PatronExtension patron = PatronExtension.builder()
      .plugin(FixturePlugins.recorder())
      .plugin(FixturePlugins.echo())
      .plugin(FixturePlugins.broken())
      .plugin(FixturePlugins.future())
      .enable("recorder", new JsonObject())
      .enable("echo", new JsonObject())
      .setting("PATRON_HOOK_TIMEOUT_MS", "500")
      .setting("PATRON_EVENT_MAX_ATTEMPTS", "3")
      .setting("PATRON_EVENT_RETRY_BASE_MS", "50")
      .setting("PATRON_EVENT_RETRY_MAX_MS", "200")
      .setting("PATRON_EVENT_POLL_MS", "100")
      .build();

  private static Map<String, JsonObject> plugins() {
    return patron.admin().get("/api/v1/admin/plugins").expect(200).items().stream()
        .collect(Collectors.toMap(p -> p.getString("id"), p -> p));
  }

  @Test
  void reportsEveryPluginWithItsStateAndReason() {
    Map<String, JsonObject> plugins = plugins();
    assertEquals("STARTED", plugins.get("recorder").getString("state"));
    assertEquals("STARTED", plugins.get("echo").getString("state"));
    assertEquals("FAILED", plugins.get("broken").getString("state"));
    assertTrue(plugins.get("broken").getString("failure").contains("cannot reach the licence server"),
        plugins.get("broken").encode());
    assertEquals("DISABLED", plugins.get("future").getString("state"));
    assertEquals("requires SDK '>=99.0.0' but this server provides SDK " + dev.patron.api.PatronSdk.VERSION, plugins.get("future").getString("failure"));
    String log = patron.server().logTail() + readLog();
    assertTrue(log.contains("PLUGIN NOT RUNNING: broken"), "reported loudly in the log");
    assertTrue(log.contains("PLUGIN NOT RUNNING: future"));
  }

  @Test
  void aPluginThatIsNotRunningCannotBeEnabled() {
    TestTenant tenant = patron.newTenant();
    Response refused = patron.admin().put("/api/v1/admin/tenants/" + tenant.id() + "/plugins/broken",
        new JsonObject().put("enabled", true)).expect(409);
    assertTrue(refused.json().getString("detail").contains("FAILED"));
    patron.admin().put("/api/v1/admin/tenants/" + tenant.id() + "/plugins/nope", new JsonObject().put("enabled", true))
        .expect(404);
  }

  @Test
  void routesAnswerOnlyTenantsThatEnabledThePlugin() {
    TestTenant tenant = patron.newTenant();
    tenant.client().get(RECORDER + "/deliveries").expect(200);
    patron.server().anonymous().get(RECORDER + "/deliveries").expect(401);

    setPlugin(tenant, "recorder", false, null);
    Response hidden = tenant.client().get(RECORDER + "/deliveries").expect(404);
    assertEquals("application/problem+json", hidden.header("Content-Type"));

    setPlugin(tenant, "recorder", true, null);
    tenant.client().get(RECORDER + "/deliveries").expect(200);
  }

  @Test
  void givesHandlersTheTenantAndConfigAndLoadsClassesHostFirst() {
    TestTenant tenant = patron.newTenant();
    setPlugin(tenant, "recorder", true, new JsonObject().put("slowMillis", 5));
    JsonObject whoami = tenant.client().get(RECORDER + "/whoami").expect(200).json();
    assertEquals(tenant.id(), whoami.getString("tenant"));
    assertEquals("recorder", whoami.getString("schema"));
    assertEquals(new JsonObject().put("failAttempts", 0).put("slowMillis", 5), whoami.getJsonObject("config"),
        "the plugin's validator filled in defaults");
    assertTrue(whoami.getBoolean("jsonObjectFromHost"), "a bundled copy of a Vert.x class is ignored");
    assertTrue(whoami.getBoolean("ownLibraryFromPlugin"));
    assertTrue(whoami.getBoolean("contextClassLoaderIsPlugin"));
  }

  @Test
  void theConfigurationIsValidatedByThePlugin() {
    TestTenant tenant = patron.newTenant();
    Response invalid = patron.admin().put("/api/v1/admin/tenants/" + tenant.id() + "/plugins/recorder",
        new JsonObject().put("enabled", true).put("config", new JsonObject().put("failAttempts", -1).put("colour", "red")))
        .expect(400);
    assertEquals(List.of("config.failAttempts: must be between 0 and 1000", "config.colour: unknown field"),
        invalid.fieldErrors());
    assertEquals("recorder", invalid.json().getString("plugin"));
    patron.admin().put("/api/v1/admin/tenants/" + tenant.id() + "/plugins/echo",
        new JsonObject().put("enabled", true).put("config", new JsonObject().put("x", 1))).expect(400);
    List<JsonObject> settings = patron.admin().get("/api/v1/admin/tenants/" + tenant.id() + "/plugins").expect(200).items();
    assertEquals(List.of("echo", "recorder"), settings.stream().map(s -> s.getString("pluginId")).toList());
  }

  @Test
  void aVetoRollsTheWholeWriteBack() {
    TestTenant tenant = patron.newTenant();
    Response veto = tenant.client().post(Customers.PATH, Customers.named("Val", "Vetoed")).expect(422);
    JsonObject problem = veto.json();
    assertEquals("https://patron.dev/problems/recorder-veto", problem.getString("type"));
    assertEquals("recorder", problem.getString("plugin"));
    assertEquals("The recorder does not accept customers named Vetoed.", problem.getString("detail"));

    assertEquals(List.of(), tenant.client().get(Customers.PATH).items(), "no customer");
    assertEquals(0, tenant.client().get(RECORDER + "/tables").json().getLong("audit"), "nor the plugin's own write");
    assertEquals(List.of(), tenant.client().get("/api/v1/events").items(), "nor an event");
  }

  @Test
  void aThrowingHookFailsOnlyThatRequest() {
    TestTenant tenant = patron.newTenant();
    Response failed = tenant.client().post(Customers.PATH, Customers.named("Tom", "Throws")).expect(502);
    assertEquals("https://patron.dev/problems/plugin-failed", failed.json().getString("type"));
    assertEquals("recorder", failed.json().getString("plugin"));
    assertFalse(failed.body().contains("recorder bug"), "no internals leak to the client");

    Customers.create(tenant.client(), Customers.named("Ann", "Fine"));
    assertEquals(1, tenant.client().get(Customers.PATH).items().size());
  }

  @Test
  void aHangingHookIsCutOffAtItsTimeLimit() {
    TestTenant tenant = patron.newTenant();
    long started = System.nanoTime();
    Response timedOut = tenant.client().post(Customers.PATH, Customers.named("Hal", "Hangs")).expect(504);
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertEquals("https://patron.dev/problems/plugin-timeout", timedOut.json().getString("type"));
    assertEquals("recorder", timedOut.json().getString("plugin"));
    assertTrue(millis >= 450 && millis < 5000, "cut off after the 500 ms limit, took " + millis);
    assertEquals(List.of(), tenant.client().get(Customers.PATH).items());
    Customers.create(tenant.client(), Customers.named("Ann", "Fine"));
  }

  @Test
  void thePluginOwnsAndValidatesItsExtensionNamespace() {
    TestTenant tenant = patron.newTenant();
    Response invalid = tenant.client().post(Customers.PATH, Customers.named("Ann", "Lee")
        .put("extensions", new JsonObject().put("recorder", new JsonObject().put("tier", "bronze")))).expect(400);
    assertEquals(List.of("extensions.recorder.tier: must be gold or silver"), invalid.fieldErrors());

    JsonObject customer = Customers.create(tenant.client(), Customers.named("Ann", "Lee")
        .put("extensions", new JsonObject().put("recorder", new JsonObject().put("tier", "GOLD"))));
    assertEquals(new JsonObject().put("tier", "gold").put("locked", false),
        customer.getJsonObject("extensions").getJsonObject("recorder"), "normalised by the plugin");
    assertEquals(1, tenant.client().get(RECORDER + "/tables").json().getLong("members"), "mirrored in the same transaction");

    String path = Customers.path(customer.getString("id"));
    setPlugin(tenant, "recorder", false, null);
    assertEquals(new JsonObject(), tenant.client().get(path).json().getJsonObject("extensions"), "hidden while disabled");
    tenant.client().patch(path, new JsonObject().put("extensions", new JsonObject().put("recorder", new JsonObject())))
        .expect(400);
    tenant.client().patch(path, new JsonObject().put("company", "ACME")).expect(200);
    setPlugin(tenant, "recorder", true, null);
    assertEquals("gold", tenant.client().get(path).json().getJsonObject("extensions").getJsonObject("recorder")
        .getString("tier"), "back when enabled again");
  }

  @Test
  void archiveHooksCanVetoAndCleanUpEvenForDisabledPlugins() {
    TestTenant tenant = patron.newTenant();
    JsonObject locked = Customers.create(tenant.client(), Customers.named("Lou", "Lee")
        .put("extensions", new JsonObject().put("recorder", new JsonObject().put("tier", "silver").put("locked", true))));
    Response veto = tenant.client().delete(Customers.path(locked.getString("id"))).expect(409);
    assertEquals("https://patron.dev/problems/customer-locked", veto.json().getString("type"));
    assertEquals("recorder", veto.json().getString("plugin"));
    tenant.client().get(Customers.path(locked.getString("id"))).expect(200);

    JsonObject member = Customers.create(tenant.client(), Customers.named("Mia", "Lee")
        .put("extensions", new JsonObject().put("recorder", new JsonObject().put("tier", "gold"))));
    assertEquals(2, tenant.client().get(RECORDER + "/tables").json().getLong("members"));
    setPlugin(tenant, "recorder", false, null);
    tenant.client().delete(Customers.path(member.getString("id"))).expect(204);
    setPlugin(tenant, "recorder", true, null);
    assertEquals(1, tenant.client().get(RECORDER + "/tables").json().getLong("members"),
        "the disabled plugin still removed what it kept about the archived customer");
  }

  @Test
  void afterHooksGetEveryEventOnceInOrder() {
    TestTenant tenant = patron.newTenant();
    String id = Customers.create(tenant.client(), Customers.named("Eve", "Lee")).getString("id");
    tenant.client().patch(Customers.path(id), new JsonObject().put("company", "A")).expect(200);
    tenant.client().delete(Customers.path(id)).expect(204);

    List<JsonObject> deliveries = awaitDeliveries(tenant, 3);
    assertEquals(List.of("customer.created", "customer.updated", "customer.archived"),
        deliveries.stream().map(d -> d.getString("type")).toList());
    List<JsonObject> events = tenant.client().get("/api/v1/events").items();
    for (int i = 0; i < 3; i++) {
      assertEquals(events.get(i).getString("id"), deliveries.get(i).getString("eventId"), "stable event ids");
      assertEquals(0, deliveries.get(i).getInteger("duplicates"));
      assertEquals(1, deliveries.get(i).getInteger("attempt"));
    }
  }

  @Test
  void failedDeliveriesAreRetriedThenDeadLetteredAndRetryable() {
    TestTenant tenant = patron.newTenant();
    setPlugin(tenant, "recorder", true, new JsonObject().put("failLastName", "Fail").put("failAttempts", 100));
    String id = Customers.create(tenant.client(), Customers.named("Fay", "Fail")).getString("id");
    Customers.create(tenant.client(), Customers.named("Other", "Customer"));

    String deadLetters = "/api/v1/admin/plugins/recorder/dead-letters?tenantId=" + tenant.id();
    JsonObject dead = Await.until(Duration.ofSeconds(15), () -> patron.admin().get(deadLetters).expect(200).items(),
        items -> items.size() == 1).get(0);
    assertEquals(id, dead.getString("customerId"));
    assertEquals("customer.created", dead.getString("type"));
    assertEquals(3, dead.getInteger("attempts"));
    assertTrue(dead.getString("lastError").contains("told to fail"));
    assertEquals(List.of("Customer"), awaitDeliveries(tenant, 1).stream().map(d -> d.getString("lastName")).toList(),
        "other customers were not held up");

    setPlugin(tenant, "recorder", true, new JsonObject());
    patron.admin().post("/api/v1/admin/plugins/recorder/dead-letters/" + dead.getString("eventId") + "/retry", null)
        .expect(200);
    List<JsonObject> deliveries = awaitDeliveries(tenant, 2);
    assertEquals("Fail", deliveries.get(1).getString("lastName"));
    assertEquals(List.of(), patron.admin().get(deadLetters).items());
    patron.admin().post("/api/v1/admin/plugins/recorder/dead-letters/" + dead.getString("eventId") + "/retry", null)
        .expect(404);
  }

  @Test
  void aCustomersLaterEventsWaitBehindOneBeingRetried() {
    TestTenant tenant = patron.newTenant();
    setPlugin(tenant, "recorder", true, new JsonObject().put("failLastName", "Retry").put("failAttempts", 2));
    String id = Customers.create(tenant.client(), Customers.named("Rey", "Retry")).getString("id");
    tenant.client().patch(Customers.path(id), new JsonObject().put("notes", "second")).expect(200);

    List<JsonObject> deliveries = awaitDeliveries(tenant, 2);
    assertEquals(List.of("customer.created", "customer.updated"), deliveries.stream().map(d -> d.getString("type")).toList());
    assertEquals(3, deliveries.get(0).getInteger("attempt"), "delivered on the third attempt");
  }

  @Test
  void aSlowPluginDoesNotDelayAnother() {
    TestTenant tenant = patron.newTenant();
    setPlugin(tenant, "recorder", true, new JsonObject().put("slowMillis", 4000));
    Customers.create(tenant.client(), Customers.named("Sam", "Lee"));

    Await.until(Duration.ofSeconds(2), () -> tenant.client().get("/api/v1/plugins/echo/deliveries").json()
        .getJsonArray("types").size(), size -> size == 1);
    assertEquals(List.of(), tenant.client().get(RECORDER + "/deliveries").items(), "the recorder is still busy");
    awaitDeliveries(tenant, 1);
  }

  @Test
  void aFailingPluginRouteIsA500NamingThePlugin() {
    TestTenant tenant = patron.newTenant();
    Response boom = tenant.client().get(RECORDER + "/boom").expect(500);
    assertEquals("recorder", boom.json().getString("plugin"));
    assertNull(boom.json().getValue("errors"));
    assertFalse(boom.body().contains("recorder route bug"));
  }

  private static List<JsonObject> awaitDeliveries(TestTenant tenant, int count) {
    return Await.until(Duration.ofSeconds(15), () -> tenant.client().get(RECORDER + "/deliveries").expect(200).items(),
        items -> items.size() >= count);
  }

  private static void setPlugin(TestTenant tenant, String pluginId, boolean enabled, JsonObject config) {
    JsonObject body = new JsonObject().put("enabled", enabled);
    if (config != null) {
      body.put("config", config);
    }
    patron.admin().put("/api/v1/admin/tenants/" + tenant.id() + "/plugins/" + pluginId, body).expect(200);
  }

  private static String readLog() {
    try {
      return java.nio.file.Files.readString(patron.server().logFile());
    } catch (java.io.IOException e) {
      return "";
    }
  }

}
