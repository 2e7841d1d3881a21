package dev.patron.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.patron.testkit.PatronExtension;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The product as it ships: every bundled plugin starts, and documents exactly the routes it serves. */
class BundledPluginsIT {

  private static final List<String> BUNDLED = List.of("discounts", "gift-cards", "invoicing", "order-profiles", "sales", "webhooks");

  @RegisterExtension
  static PatronExtension patron = PatronExtension.builder().pluginsFromProperty("patron.plugin.jar").build();

  @Test
  void everyBundledPluginStartsAndItsFragmentEqualsItsRegisteredRoutes() {
    Map<String, JsonObject> plugins = new TreeMap<>();
    patron.admin().get("/api/v1/admin/plugins").expect(200).items().forEach(p -> plugins.put(p.getString("id"), p));
    assertEquals(BUNDLED, List.copyOf(plugins.keySet()));
    plugins.forEach((id, plugin) -> {
      assertEquals("STARTED", plugin.getString("state"), id + ": " + plugin.getString("failure"));
      assertEquals(new JsonArray(), plugin.getJsonArray("undocumentedRoutes"), id + " serves routes its fragment omits");
      assertEquals(new JsonArray(), plugin.getJsonArray("unregisteredOperations"), id + " documents routes it does not serve");
    });
  }

  @Test
  void theMergedDocumentTagsEveryPluginOperation() {
    JsonObject document = new JsonObject(patron.server().anonymous().get("/api/v1/openapi.json").expect(200).body());
    Map<String, Integer> operationsByPlugin = new TreeMap<>();
    document.getJsonObject("paths").forEach(path -> ((JsonObject) path.getValue()).forEach(operation -> {
      if (path.getKey().startsWith("/api/v1/plugins/") && operation.getValue() instanceof JsonObject op) {
        String plugin = path.getKey().split("/")[4];
        assertEquals(new JsonArray().add(plugin), op.getJsonArray("tags"), path.getKey());
        operationsByPlugin.merge(plugin, 1, Integer::sum);
      }
    }));
    assertEquals(BUNDLED, List.copyOf(operationsByPlugin.keySet()));
  }
}
