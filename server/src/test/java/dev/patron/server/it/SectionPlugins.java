package dev.patron.server.it;

import dev.patron.server.it.fixtures.FixturePlugins;
import dev.patron.testkit.PatronClient;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonObject;
import java.util.UUID;

/**
 * The server the overview and archive-preview tests share: three copies of the sections fixture
 * ({@code alpha}, {@code beta}, {@code gamma}, asked in that order), each steered per tenant, with
 * short time limits.
 */
final class SectionPlugins {

  static final int OVERVIEW_TIMEOUT_MS = 300;
  static final int HOOK_TIMEOUT_MS = 500;

  private SectionPlugins() {
  }

  static PatronExtension server() {
    return PatronExtension.builder()
        .plugin(FixturePlugins.sections("alpha"))
        .plugin(FixturePlugins.sections("beta"))
        .plugin(FixturePlugins.sections("gamma"))
        .enable("alpha", new JsonObject())
        .enable("beta", new JsonObject())
        .enable("gamma", new JsonObject())
        .setting("PATRON_OVERVIEW_TIMEOUT_MS", Integer.toString(OVERVIEW_TIMEOUT_MS))
        .setting("PATRON_HOOK_TIMEOUT_MS", Integer.toString(HOOK_TIMEOUT_MS))
        .build();
  }

  /** Sets a plugin's behaviour for the tenant: {@code overview} and {@code archive} modes. */
  static void steer(PatronExtension patron, TestTenant tenant, String pluginId, String overview, String archive) {
    patron.enablePlugin(tenant.id(), pluginId, new JsonObject().put("overview", overview).put("archive", archive));
  }

  static void disable(PatronExtension patron, TestTenant tenant, String pluginId) {
    patron.admin().put("/api/v1/admin/tenants/" + tenant.id() + "/plugins/" + pluginId,
        new JsonObject().put("enabled", false)).expect(200);
  }

  /** A tenant that never enabled any plugin. */
  static TestTenant bareTenant(PatronExtension patron) {
    String id = patron.admin().post("/api/v1/admin/tenants", new JsonObject()
            .put("name", "Bare restaurant " + UUID.randomUUID().toString().substring(0, 8))
            .put("currency", "EUR").put("language", "de-AT").put("timeZone", "Europe/Vienna"))
        .expect(201).json().getString("id");
    String key = patron.admin().post("/api/v1/admin/tenants/" + id + "/api-keys", null).expect(201).json().getString("key");
    return new TestTenant(id, key, new PatronClient(patron.server().baseUri(), key));
  }
}
