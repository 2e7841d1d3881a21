package dev.patron.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.server.it.fixtures.FixturePlugins;
import dev.patron.testkit.Await;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** PluginLifecycle: background work starts before the server serves and is drained on shutdown. */
class PluginLifecycleIT {

  @RegisterExtension
  static PatronExtension patron = PatronExtension.builder()
      .isolated()
      .plugin(FixturePlugins.ticker())
      .plugin(FixturePlugins.unlicensed())
      .build();

  @Test
  void backgroundWorkRunsWhileTheServerRunsAndIsAwaitedOnShutdown() {
    TestTenant tenant = patron.newTenant();
    patron.enablePlugin(tenant.id(), "ticker", new JsonObject());
    JsonObject first = lifecycle(tenant);
    assertEquals(new JsonArray().add("started"), first.getJsonArray("events"), "started before the first request");
    long ticks = first.getLong("ticks");
    Await.until(Duration.ofSeconds(5), () -> lifecycle(tenant).getLong("ticks"), now -> now > ticks);

    patron.server().restart();

    assertEquals(new JsonArray().add("started").add("stopped").add("started"), lifecycle(tenant).getJsonArray("events"),
        "the slow stop was waited for before the database closed, and the plugin started again");
  }

  @Test
  void aPluginWhoseBackgroundWorkFailsToStartDoesNotRunAtAll() {
    Map<String, JsonObject> plugins = new TreeMap<>();
    patron.admin().get("/api/v1/admin/plugins").expect(200).items().forEach(p -> plugins.put(p.getString("id"), p));
    JsonObject unlicensed = plugins.get("unlicensed");
    assertEquals("FAILED", unlicensed.getString("state"));
    assertTrue(unlicensed.getString("failure").contains("no licence for this restaurant group"), unlicensed.encode());
    assertEquals("STARTED", plugins.get("ticker").getString("state"));

    TestTenant tenant = patron.newTenant();
    patron.admin().put("/api/v1/admin/tenants/" + tenant.id() + "/plugins/unlicensed",
        new JsonObject().put("enabled", true)).expect(409);
    tenant.client().get("/api/v1/plugins/unlicensed/hello").expect(404);
    JsonObject document = new JsonObject(patron.server().anonymous().get("/api/v1/openapi.json").expect(200).body());
    assertTrue(document.getJsonObject("paths").fieldNames().stream().noneMatch(p -> p.contains("unlicensed")));
  }

  private static JsonObject lifecycle(TestTenant tenant) {
    return tenant.client().get("/api/v1/plugins/ticker/lifecycle").expect(200).json();
  }
}
