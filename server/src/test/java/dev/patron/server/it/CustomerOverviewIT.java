package dev.patron.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.Response;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /api/v1/customers/{id}/overview} with real plugin jars that answer, fail, hang or try to write. */
class CustomerOverviewIT {

  @RegisterExtension
  static PatronExtension patron = SectionPlugins.server();

  private static String overview(String customerId) {
    return Customers.path(customerId) + "/overview";
  }

  @Test
  void aThrowingAndAHangingPluginCostOnlyTheirOwnSectionsWithinTheTimeLimit() {
    TestTenant tenant = patron.newTenant();
    SectionPlugins.steer(patron, tenant, "beta", "throw", "ok");
    SectionPlugins.steer(patron, tenant, "gamma", "hang", "ok");
    JsonObject customer = Customers.create(tenant.client(), Customers.named("Ann", "Lee"));

    long started = System.nanoTime();
    Response answer = tenant.client().get(overview(customer.getString("id"))).expect(200);
    long millis = (System.nanoTime() - started) / 1_000_000;

    JsonObject overview = answer.json();
    assertEquals(customer, overview.getJsonObject("customer"), "the customer as GET answers it");
    assertEquals(Set.of("alpha"), overview.getJsonObject("sections").fieldNames());
    JsonObject alpha = overview.getJsonObject("sections").getJsonObject("alpha");
    assertEquals(new JsonObject().put("customerId", customer.getString("id")).put("lastName", "Lee").put("readOnly", "on"),
        alpha, "the section as the plugin made it, read in a read-only transaction");

    JsonArray errors = overview.getJsonArray("errors");
    assertEquals(2, errors.size(), errors.encode());
    JsonObject failed = errors.getJsonObject(0);
    assertEquals("beta", failed.getString("plugin"));
    assertEquals(502, failed.getInteger("status"));
    assertEquals("https://patron.dev/problems/plugin-failed", failed.getString("type"));
    JsonObject late = errors.getJsonObject(1);
    assertEquals("gamma", late.getString("plugin"));
    assertEquals(504, late.getInteger("status"));
    assertEquals("https://patron.dev/problems/plugin-timeout", late.getString("type"));
    assertTrue(late.getString("detail").contains(SectionPlugins.OVERVIEW_TIMEOUT_MS + " ms"), late.encode());
    assertFalse(answer.body().contains("sections bug"), "no internals reach the client");

    assertTrue(millis >= SectionPlugins.OVERVIEW_TIMEOUT_MS - 50 && millis < 3000,
        "answered once the hanging plugin's " + SectionPlugins.OVERVIEW_TIMEOUT_MS + " ms were up, took " + millis);
  }

  @Test
  void pluginsAreAskedInParallel() {
    TestTenant tenant = patron.newTenant();
    SectionPlugins.steer(patron, tenant, "alpha", "hang", "ok");
    SectionPlugins.steer(patron, tenant, "beta", "hang", "ok");
    SectionPlugins.steer(patron, tenant, "gamma", "hang", "ok");
    String id = Customers.create(tenant.client(), Customers.named("Ann", "Lee")).getString("id");
    // Once before timing: the first answer also pays for compiling the client's schema checks.
    tenant.client().get(overview(id)).expect(200);

    long started = System.nanoTime();
    JsonObject overview = tenant.client().get(overview(id)).expect(200).json();
    long millis = (System.nanoTime() - started) / 1_000_000;

    assertEquals(List.of("alpha", "beta", "gamma"), overview.getJsonArray("errors").stream()
        .map(e -> ((JsonObject) e).getString("plugin")).toList());
    assertTrue(millis < 3 * SectionPlugins.OVERVIEW_TIMEOUT_MS, "three time limits at once, not one after another: " + millis);
  }

  @Test
  void aPluginCannotWriteThroughItsOverviewClient() {
    TestTenant tenant = patron.newTenant();
    SectionPlugins.steer(patron, tenant, "alpha", "write", "ok");
    JsonObject customer = Customers.create(tenant.client(), Customers.named("Ann", "Lee"));
    int events = tenant.client().get("/api/v1/events").items().size();

    JsonObject overview = tenant.client().get(overview(customer.getString("id"))).expect(200).json();

    JsonObject refused = overview.getJsonArray("errors").getJsonObject(0);
    assertEquals("alpha", refused.getString("plugin"));
    assertEquals(502, refused.getInteger("status"));
    assertEquals(Set.of("beta", "gamma"), overview.getJsonObject("sections").fieldNames());
    JsonObject after = tenant.client().get(Customers.path(customer.getString("id"))).expect(200).json();
    assertEquals(customer, after, "the customer's row is untouched");
    assertEquals(events, tenant.client().get("/api/v1/events").items().size());
  }

  @Test
  void onlyEnabledPluginsAreAskedAndANullSectionIsLeftOut() {
    TestTenant tenant = patron.newTenant();
    SectionPlugins.steer(patron, tenant, "alpha", "none", "ok");
    SectionPlugins.disable(patron, tenant, "gamma");
    String id = Customers.create(tenant.client(), Customers.named("Ann", "Lee")).getString("id");

    JsonObject overview = tenant.client().get(overview(id)).expect(200).json();
    assertEquals(Set.of("beta"), overview.getJsonObject("sections").fieldNames());
    assertEquals(new JsonArray(), overview.getJsonArray("errors"));

    TestTenant bare = SectionPlugins.bareTenant(patron);
    String bareId = Customers.create(bare.client(), Customers.named("Bo", "Bare")).getString("id");
    JsonObject alone = bare.client().get(overview(bareId)).expect(200).json();
    assertEquals(new JsonObject(), alone.getJsonObject("sections"));
    assertEquals(new JsonArray(), alone.getJsonArray("errors"));
  }

  @Test
  void answers404AsForTheCustomerItself() {
    TestTenant tenant = patron.newTenant();
    TestTenant other = patron.newTenant();
    String id = Customers.create(tenant.client(), Customers.named("Ann", "Lee")).getString("id");

    other.client().get(overview(id)).expect(404);
    tenant.client().get(overview(UUID.randomUUID().toString())).expect(404);
    tenant.client().get(overview("not-a-uuid")).expect(404);
    tenant.client().delete(Customers.path(id)).expect(204);
    tenant.client().get(overview(id)).expect(404);
    tenant.client().get(overview(id) + "?verbose=true").expect(400);
  }
}
