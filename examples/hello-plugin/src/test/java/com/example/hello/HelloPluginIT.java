package com.example.hello;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.testkit.Await;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.RawHttp;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Boots the real Patron server with this plugin's jar, as the host will run it. */
class HelloPluginIT {

  @RegisterExtension
  static PatronExtension patron = PatronExtension.builder()
      .pluginsFromProperty("patron.plugin.jar")
      .enable("hello", new JsonObject().put("salutation", "Servus"))
      .build();

  @Test
  void servesItsRouteWithTheTenantsConfiguration() {
    TestTenant tenant = patron.newTenant(new JsonObject().put("name", "Beisl").put("currency", "EUR")
        .put("language", "de-AT").put("timeZone", "Europe/Vienna"));
    JsonObject answer = tenant.client().get("/api/v1/plugins/hello/greeting?name=Ana").expect(200).json();
    assertEquals("Servus, Ana, from Beisl!", answer.getString("greeting"));
    tenant.client().get("/api/v1/plugins/hello/greeting").expect(400);
  }

  @Test
  void receivesCustomerEvents() {
    TestTenant tenant = patron.newTenant();
    tenant.client().post("/api/v1/customers", new JsonObject().put("firstName", "Ben").put("lastName", "Ober"))
        .expect(201);
    JsonArray greeted = Await.until(Duration.ofSeconds(10),
        () -> tenant.client().get("/api/v1/plugins/hello/greetings").expect(200).json().getJsonArray("greeted"),
        names -> !names.isEmpty());
    assertEquals(new JsonArray().add("Ben"), greeted);
  }

  @Test
  void contributesASectionToTheCustomerPageAndAMenuPage() {
    TestTenant tenant = patron.newTenant();
    JsonObject parts = tenant.client().get("/api/v1/back-office").expect(200).json();
    assertEquals("hello-greeted", parts.getJsonArray("menuPages").getJsonObject(0).getString("element"),
        "API keys act as managers, so they see the manager's menu page too");
    JsonObject part = parts.getJsonArray("customerSections").getJsonObject(0);
    assertEquals("hello-greeting", part.getString("element"));
    String module = part.getString("module");
    assertTrue(module.startsWith("/ui/plugins/hello/greeting.js"), module);
    RawHttp.Reply served = RawHttp.get(patron.server().baseUri(), module, null);
    assertEquals(200, served.status());
    assertTrue(served.body().contains("customElements.define('hello-greeting'"), served.body());
  }

  @Test
  void isHiddenFromTenantsThatDidNotEnableIt() {
    TestTenant tenant = patron.newTenant();
    patron.admin().put("/api/v1/admin/tenants/" + tenant.id() + "/plugins/hello",
        new JsonObject().put("enabled", false)).expect(200);
    tenant.client().get("/api/v1/plugins/hello/greeting?name=Ana").expect(404);
  }
}
