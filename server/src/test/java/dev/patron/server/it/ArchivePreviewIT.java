package dev.patron.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.Response;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code GET /api/v1/customers/{id}/archive-preview} with real plugin jars: it asks the plugins the
 * archive would run, in its order, changes nothing, and its veto is the archive's.
 */
class ArchivePreviewIT {

  @RegisterExtension
  static PatronExtension patron = SectionPlugins.server();

  private static JsonObject preview(TestTenant tenant, String customerId) {
    return tenant.client().get(Customers.path(customerId) + "/archive-preview").expect(200).json();
  }

  private static JsonObject entry(JsonObject preview, String pluginId) {
    return preview.getJsonArray("plugins").stream().map(JsonObject.class::cast)
        .filter(e -> e.getString("plugin").equals(pluginId)).findFirst().orElseThrow();
  }

  private static List<String> plugins(JsonObject preview) {
    return preview.getJsonArray("plugins").stream().map(e -> ((JsonObject) e).getString("plugin")).toList();
  }

  @Test
  void reportsEveryPluginInArchiveOrderAndTheVetoIsTheArchives() {
    TestTenant tenant = patron.newTenant();
    SectionPlugins.steer(patron, tenant, "beta", "ok", "veto");
    SectionPlugins.steer(patron, tenant, "gamma", "ok", "undescribed");
    JsonObject customer = Customers.create(tenant.client(), Customers.named("Ann", "Lee"));
    String id = customer.getString("id");

    JsonObject preview = preview(tenant, id);
    assertEquals(id, preview.getString("customerId"));
    assertEquals(customer.getLong("version"), preview.getLong("version"));
    assertFalse(preview.getBoolean("allowed"));
    assertEquals(List.of("alpha", "beta", "gamma"), plugins(preview));

    JsonObject alpha = entry(preview, "alpha");
    assertTrue(alpha.getBoolean("enabled"));
    assertTrue(alpha.getBoolean("described"));
    assertEquals(new JsonArray().add(new JsonObject().put("code", "fixture-note").put("count", 2)
        .put("description", "Deletes 2 notes.")), alpha.getJsonArray("deletes"), "an effect on nothing is left out");
    assertEquals(new JsonArray().add(new JsonObject().put("code", "fixture-record").put("count", 1)
        .put("description", "1 record loses the customer's name.")), alpha.getJsonArray("anonymises"));
    assertNull(alpha.getValue("veto"));
    assertNull(alpha.getValue("error"));

    JsonObject veto = entry(preview, "beta").getJsonObject("veto");
    assertEquals("beta", veto.getString("plugin"));
    JsonObject gamma = entry(preview, "gamma");
    assertFalse(gamma.getBoolean("described"), "keeps the default preview");
    assertEquals(new JsonArray(), gamma.getJsonArray("deletes"));

    Response refused = tenant.client().delete(Customers.path(id)).expect(409);
    assertEquals(veto, refused.json(), "the archive fails exactly as previewed");
  }

  @Test
  void changesNothingEvenWhenAPluginTriesAndOnePluginsFailureSpoilsNoOtherAnswer() {
    TestTenant tenant = patron.newTenant();
    SectionPlugins.steer(patron, tenant, "alpha", "ok", "write");
    SectionPlugins.steer(patron, tenant, "gamma", "ok", "throw");
    JsonObject customer = Customers.create(tenant.client(), Customers.named("Ann", "Lee"));
    String id = customer.getString("id");
    List<JsonObject> events = tenant.client().get("/api/v1/events").items();

    JsonObject preview = preview(tenant, id);

    JsonObject alpha = entry(preview, "alpha");
    assertEquals(502, alpha.getJsonObject("error").getInteger("status"), "a write is refused: " + alpha.encode());
    assertEquals("alpha", alpha.getJsonObject("error").getString("plugin"));
    assertFalse(alpha.getBoolean("described"));
    JsonObject beta = entry(preview, "beta");
    assertNull(beta.getValue("error"), "answers after alpha's failed statement: " + beta.encode());
    assertEquals(2, beta.getJsonArray("deletes").getJsonObject(0).getLong("count"));
    assertEquals("https://patron.dev/problems/plugin-failed", entry(preview, "gamma").getJsonObject("error").getString("type"));
    assertFalse(preview.getBoolean("allowed"));

    assertEquals(customer, tenant.client().get(Customers.path(id)).expect(200).json(), "the customer is untouched");
    assertEquals(events, tenant.client().get("/api/v1/events").items(), "no event recorded");
  }

  @Test
  void aHangingPluginIsCutOffAtTheHookTimeLimit() {
    TestTenant tenant = patron.newTenant();
    SectionPlugins.steer(patron, tenant, "alpha", "ok", "hang");
    String id = Customers.create(tenant.client(), Customers.named("Ann", "Lee")).getString("id");

    long started = System.nanoTime();
    JsonObject preview = preview(tenant, id);
    long millis = (System.nanoTime() - started) / 1_000_000;

    JsonObject late = entry(preview, "alpha").getJsonObject("error");
    assertEquals(504, late.getInteger("status"));
    assertEquals("alpha", late.getString("plugin"));
    assertNull(entry(preview, "beta").getValue("error"));
    assertTrue(millis >= SectionPlugins.HOOK_TIMEOUT_MS - 50 && millis < 5000, "took " + millis);
  }

  @Test
  void previewsThePluginsTheArchiveRunsAndTheArchiveThenDoesIt() {
    TestTenant tenant = patron.newTenant();
    SectionPlugins.disable(patron, tenant, "gamma");
    String id = Customers.create(tenant.client(), Customers.named("Ann", "Lee")).getString("id");

    JsonObject preview = preview(tenant, id);
    assertTrue(preview.getBoolean("allowed"), preview.encode());
    assertEquals(List.of("alpha", "beta", "gamma"), plugins(preview), "a plugin disabled since still cleans up");
    assertFalse(entry(preview, "gamma").getBoolean("enabled"));
    assertTrue(entry(preview, "gamma").getBoolean("described"));

    tenant.client().delete(Customers.path(id), Map.of("If-Match", "\"" + preview.getLong("version") + "\"")).expect(204);
    tenant.client().get(Customers.path(id) + "/archive-preview").expect(404);

    TestTenant bare = SectionPlugins.bareTenant(patron);
    String bareId = Customers.create(bare.client(), Customers.named("Bo", "Bare")).getString("id");
    JsonObject alone = preview(bare, bareId);
    assertEquals(List.of(), plugins(alone), "plugins the restaurant never enabled are not asked");
    assertTrue(alone.getBoolean("allowed"));
  }

  @Test
  void answers404ForACustomerTheTenantDoesNotHave() {
    TestTenant tenant = patron.newTenant();
    TestTenant other = patron.newTenant();
    String id = Customers.create(tenant.client(), Customers.named("Ann", "Lee")).getString("id");
    other.client().get(Customers.path(id) + "/archive-preview").expect(404);
    tenant.client().get(Customers.path(UUID.randomUUID().toString()) + "/archive-preview").expect(404);
  }
}
