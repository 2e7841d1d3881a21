package dev.patron.plugins.sales.it;

import static dev.patron.plugins.sales.it.SalesApi.eur;
import static dev.patron.plugins.sales.it.SalesApi.line;
import static dev.patron.plugins.sales.it.SalesApi.receipt;
import static dev.patron.plugins.sales.it.SalesApi.refundLines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.patron.testkit.Concurrently;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.Response;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Archiving a customer removes their statistics and detaches their receipts, which stay whole. */
class ArchiveIT {

  @RegisterExtension
  static PatronExtension patron = SalesApi.server();

  @Test
  void thePreviewCountsTheReceiptsTheArchiveThenDetaches() {
    SalesApi api = new SalesApi(patron.newTenant());
    String customer = api.customer("Ana", "Berger");
    JsonObject first = receipt(customer, line("TEA", 2, 300, 10));
    JsonObject kept = api.recorded(first);
    JsonObject second = api.recorded(receipt(customer, line("CAKE", 1, 450, 10)));
    api.refund(second.getString("id"), refundLines(1, null)).expect(201);
    JsonObject walkIn = api.recorded(receipt(null, line("TEA", 1, 300, 10)));

    JsonObject entry = salesEntry(api, customer);
    assertEquals(true, entry.getBoolean("described"));
    assertEquals(new JsonArray().add(new JsonObject().put("code", "sales-statistics").put("count", 1)
        .put("description", "Removes the customer's sales statistics (visits, spend, favourites).")), entry.getJsonArray("deletes"));
    assertEquals(new JsonArray().add(new JsonObject().put("code", "receipt").put("count", 2).put("description",
        "2 receipts keep their lines, amounts and payments, and are detached from the customer.")), entry.getJsonArray("anonymises"));
    assertEquals(2, api.statistics(customer).getLong("visits"), "the preview changed nothing");

    api.client().delete("/api/v1/customers/" + customer).expect(204);

    JsonObject detached = api.transaction(kept.getString("id")).expect(200).json();
    assertNull(detached.getValue("customerId"));
    assertEquals(kept.copy().putNull("customerId"), detached, "lines, amounts and payments stay");
    JsonObject refunded = api.transaction(second.getString("id")).expect(200).json();
    assertNull(refunded.getValue("customerId"));
    assertEquals(eur(450), refunded.getJsonObject("refunded"));
    assertEquals(walkIn, api.transaction(walkIn.getString("id")).expect(200).json());
    api.client().get(SalesApi.BASE + "/customers/" + customer + "/statistics").expect(404);
    api.client().get(SalesApi.BASE + "/customers/" + customer + "/transactions").expect(404);

    assertEquals(kept.copy().putNull("customerId"), api.post(first).expect(200).json(),
        "a late retry of the receipt finds it, without the customer");
    api.refund(kept.getString("id"), new JsonObject()).expect(201);
    JsonObject rebuild = api.client().post(SalesApi.BASE + "/maintenance/statistics-rebuild",
        new JsonObject().put("customerId", customer).put("checkOnly", true)).expect(200).json();
    assertEquals(new JsonArray(), rebuild.getJsonArray("drifted"), "refunding a detached receipt keeps no statistics");
    LocalDate today = LocalDate.now();
    assertEquals(List.of(), api.client().get(SalesApi.BASE + "/reports/top-customers?from=" + today.minusDays(2)
        + "&to=" + today.plusDays(1)).expect(200).items(), "the reports forget the customer too");
  }

  @Test
  void theHookRunsAlsoAfterTheRestaurantDisabledThePlugin() {
    TestTenant tenant = patron.newTenant();
    SalesApi api = new SalesApi(tenant);
    String customer = api.customer("Ben", "Ober");
    String id = api.recorded(receipt(customer, line("TEA", 1, 300, 10))).getString("id");

    setEnabled(tenant, false);
    api.client().delete("/api/v1/customers/" + customer).expect(204);
    setEnabled(tenant, true);

    assertNull(api.transaction(id).expect(200).json().getValue("customerId"));
    JsonObject rebuild = api.client().post(SalesApi.BASE + "/maintenance/statistics-rebuild",
        new JsonObject().put("checkOnly", true)).expect(200).json();
    assertEquals(0, rebuild.getInteger("checked"), "no statistics left for anyone");
  }

  @Test
  void salesRacingTheArchiveLeaveNoStatisticsBehind() throws Exception {
    SalesApi api = new SalesApi(patron.newTenant());
    String customer = api.customer("Dora", "Weiss");
    api.recorded(receipt(customer, line("TEA", 1, 300, 10)));

    List<Response> answers = Concurrently.run(13, i -> i == 6
        ? api.client().delete("/api/v1/customers/" + customer)
        : api.post(receipt(customer, line("TEA", 1, 300, 10))));

    answers.get(6).expect(204);
    for (Response answer : answers) {
      if (answer != answers.get(6) && answer.status() == 201) {
        assertNull(api.transaction(answer.json().getString("id")).expect(200).json().getValue("customerId"),
            "a sale that won the race was detached by the archive");
      } else if (answer != answers.get(6)) {
        assertEquals(List.of("customerId: no customer of this restaurant has this id"), answer.expect(400).fieldErrors());
      }
    }
    JsonObject rebuild = api.client().post(SalesApi.BASE + "/maintenance/statistics-rebuild",
        new JsonObject().put("checkOnly", true)).expect(200).json();
    assertEquals(0, rebuild.getInteger("checked"), "no statistics and no linked receipt outlive the customer");
  }

  @Test
  void aCustomerWithoutSalesLosesNothingHere() {
    SalesApi api = new SalesApi(patron.newTenant());
    String customer = api.customer("Cleo", "Nau");
    JsonObject entry = salesEntry(api, customer);
    assertEquals(new JsonArray(), entry.getJsonArray("deletes"));
    assertEquals(new JsonArray(), entry.getJsonArray("anonymises"));
    api.client().delete("/api/v1/customers/" + customer).expect(204);
    assertEquals(List.of(), api.client().get("/api/v1/events?type=sales.*").expect(200).items());
  }

  private static JsonObject salesEntry(SalesApi api, String customer) {
    JsonObject preview = api.client().get("/api/v1/customers/" + customer + "/archive-preview").expect(200).json();
    assertEquals(true, preview.getBoolean("allowed"));
    return preview.getJsonArray("plugins").stream().map(JsonObject.class::cast)
        .filter(entry -> "sales".equals(entry.getString("plugin"))).findFirst().orElseThrow();
  }

  private static void setEnabled(TestTenant tenant, boolean enabled) {
    patron.admin().put("/api/v1/admin/tenants/" + tenant.id() + "/plugins/sales",
        new JsonObject().put("enabled", enabled)).expect(200);
  }
}
