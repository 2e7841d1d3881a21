package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.patron.testkit.Await;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Boots the real Patron server (embedded PostgreSQL) with the plugin jar this build packaged, as
 * the host will run it. Every answer is also checked against the server's OpenAPI document, this
 * plugin's fragment included.
 */
class PluginIT {

  static final String PLUGIN = "/api/v1/plugins/${pluginId}";

  @RegisterExtension
  static PatronExtension patron = PatronExtension.builder()
      .pluginsFromProperty("patron.plugin.jar")
      .enable("${pluginId}", new JsonObject())   // for every tenant newTenant() creates
      .build();

  @Test
  void itsOpenApiFragmentDescribesExactlyTheRoutesItServes() {
    patron.assertRoutesDocumented("${pluginId}");
  }

  @Test
  void answersWithTheCallersRestaurant() {
    TestTenant tenant = patron.newTenant(new JsonObject().put("name", "Beisl").put("currency", "EUR")
        .put("language", "de-AT").put("timeZone", "Europe/Vienna"));

    JsonObject status = tenant.client().get(PLUGIN + "/status").expect(200).json();

    assertEquals(new JsonObject().put("tenant", "Beisl").put("customersSeen", 0), status);
  }

  @Test
  void countsNewCustomersFromTheirEvents() {
    TestTenant tenant = patron.newTenant();
    tenant.client().post("/api/v1/customers", new JsonObject().put("firstName", "Ana").put("lastName", "Berger"))
        .expect(201);

    long seen = Await.until(Duration.ofSeconds(10),
        () -> tenant.client().get(PLUGIN + "/status").expect(200).json().getLong("customersSeen"),
        count -> count > 0);

    assertEquals(1, seen);
  }

  @Test
  void forgetsArchivedCustomers() {
    TestTenant tenant = patron.newTenant();
    String customer = tenant.client().post("/api/v1/customers", new JsonObject().put("firstName", "Eva").put("lastName", "Koch"))
        .expect(201).json().getString("id");
    Await.until(Duration.ofSeconds(10),
        () -> tenant.client().get(PLUGIN + "/status").expect(200).json().getLong("customersSeen"),
        count -> count > 0);

    tenant.client().delete("/api/v1/customers/" + customer).expect(204);

    assertEquals(0, tenant.client().get(PLUGIN + "/status").expect(200).json().getLong("customersSeen"));
  }

  @Test
  void validatesItsCustomerField() {
    TestTenant tenant = patron.newTenant();

    JsonObject customer = tenant.client().post("/api/v1/customers", withNote(new JsonObject().put("note", " Window seat ")))
        .expect(201).json();
    assertEquals(new JsonObject().put("note", "Window seat"), customer.getJsonObject("extensions").getJsonObject("${pluginId}"));

    assertEquals(List.of("extensions.${pluginId}.note: must be a string"),
        tenant.client().post("/api/v1/customers", withNote(new JsonObject().put("note", 42))).expect(400).fieldErrors());
    assertEquals(List.of("extensions.${pluginId}.colour: unknown field"),
        tenant.client().post("/api/v1/customers", withNote(new JsonObject().put("colour", "red"))).expect(400).fieldErrors());
  }

  @Test
  void isHiddenFromRestaurantsThatDidNotEnableIt() {
    TestTenant tenant = patron.newTenant();
    patron.admin().put("/api/v1/admin/tenants/" + tenant.id() + "/plugins/${pluginId}",
        new JsonObject().put("enabled", false)).expect(200);

    tenant.client().get(PLUGIN + "/status").expect(404);
  }

  private static JsonObject withNote(JsonObject namespace) {
    return new JsonObject().put("firstName", "Ben").put("lastName", "Ober")
        .put("extensions", new JsonObject().put("${pluginId}", namespace));
  }
}
