package dev.patron.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.patron.testkit.PatronClient;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The sales plugin beside the order-profiles plugin: a receipt may name only an order profile the
 * restaurant has, while the restaurant has order profiles enabled.
 */
class SalesAcrossPluginsIT {

  private static final String PLUGINS = "/api/v1/plugins/";

  @RegisterExtension
  static PatronExtension patron = PatronExtension.builder()
      .pluginsFromProperty("patron.plugin.jar")
      .enable("order-profiles", new JsonObject())
      .enable("sales", new JsonObject())
      .build();

  private static JsonObject eur(long amount) {
    return new JsonObject().put("amount", amount).put("currency", "EUR");
  }

  private static JsonObject receipt(String orderProfileId) {
    return new JsonObject()
        .put("receiptId", "R-" + UUID.randomUUID())
        .put("closedAt", Instant.now().minus(1, ChronoUnit.HOURS).toString())
        .put("orderProfileId", orderProfileId)
        .put("lines", new JsonArray().add(new JsonObject().put("productId", "TEA").put("name", "Tea").put("quantity", 1)
            .put("unitPrice", eur(300)).put("taxRate", 0)))
        .put("total", eur(300))
        .put("payments", new JsonArray().add(new JsonObject().put("method", "CASH").put("amount", eur(300))));
  }

  private static String profile(PatronClient api, String code) {
    return api.post(PLUGINS + "order-profiles/profiles", new JsonObject().put("name", "Terrace").put("code", code)
        .put("mode", "DINE_IN")).expect(201).json().getString("id");
  }

  @Test
  void aReceiptNamesOnlyAnOrderProfileOfTheRestaurant() {
    TestTenant tenant = patron.newTenant();
    PatronClient api = tenant.client();
    String own = profile(api, "TERRACE");
    String foreign = profile(patron.newTenant().client(), "TERRACE");

    assertEquals(own, api.post(PLUGINS + "sales/transactions", receipt(own)).expect(201).json().getString("orderProfileId"));
    assertEquals(List.of("orderProfileId: no order profile of this restaurant has this id"),
        api.post(PLUGINS + "sales/transactions", receipt(foreign)).expect(400).fieldErrors());
    assertEquals(List.of("orderProfileId: no order profile of this restaurant has this id"),
        api.post(PLUGINS + "sales/transactions", receipt(UUID.randomUUID().toString())).expect(400).fieldErrors());

    patron.admin().put("/api/v1/admin/tenants/" + tenant.id() + "/plugins/order-profiles",
        new JsonObject().put("enabled", false)).expect(200);
    String kept = UUID.randomUUID().toString();
    assertEquals(kept, api.post(PLUGINS + "sales/transactions", receipt(kept)).expect(201).json()
        .getString("orderProfileId"), "without order profiles enabled, the id is kept as the POS sent it");
  }
}
