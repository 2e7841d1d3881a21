package dev.patron.plugins.sales.it;

import static dev.patron.plugins.sales.it.SalesApi.line;
import static dev.patron.plugins.sales.it.SalesApi.receipt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A restaurant sees only its own sales: another's answer 404, as if they did not exist. */
class TenantIsolationIT {

  @RegisterExtension
  static PatronExtension patron = SalesApi.server();

  @Test
  void anotherRestaurantsSalesAnswer404Everywhere() {
    SalesApi mine = new SalesApi(patron.newTenant());
    String customer = mine.customer("Ida", "Heim");
    JsonObject body = receipt(customer, line("TEA", 2, 300, 10)).put("location", "Vienna 1");
    JsonObject sale = mine.recorded(body);
    String id = sale.getString("id");

    SalesApi other = new SalesApi(patron.newTenant());
    String base = SalesApi.BASE + "/customers/" + customer;
    other.transaction(id).expect(404);
    other.refund(id, new JsonObject()).expect(404);
    other.client().get(base + "/transactions").expect(404);
    other.client().get(base + "/products").expect(404);
    other.client().get(base + "/statistics").expect(404);
    assertEquals(List.of("customerId: no customer of this restaurant has this id"),
        other.post(receipt(customer, line("TEA", 1, 300, 10))).expect(400).fieldErrors());
    LocalDate today = LocalDate.now();
    String period = "?from=" + today.minusDays(2) + "&to=" + today.plusDays(1);
    assertEquals(List.of(), other.client().get(SalesApi.BASE + "/reports/top-customers" + period).expect(200).items());
    JsonObject rebuild = other.client().post(SalesApi.BASE + "/maintenance/statistics-rebuild",
        new JsonObject().put("customerId", customer)).expect(200).json();
    assertEquals(0, rebuild.getJsonArray("drifted").size(), "the other restaurant has nothing of this customer");

    JsonObject sameReceiptId = receipt(null, line("BEER", 1, 520, 20)).put("receiptId", body.getString("receiptId"));
    JsonObject theirs = other.post(sameReceiptId).expect(201).json();
    assertEquals(sale, mine.transaction(id).expect(200).json(), "receipt ids are per restaurant");
    assertEquals(theirs, other.transaction(theirs.getString("id")).expect(200).json());
    mine.transaction(theirs.getString("id")).expect(404);

    assertEquals(1, mine.statistics(customer).getLong("visits"));
    assertEquals(1, mine.client().get(SalesApi.BASE + "/reports/top-customers" + period).expect(200).items().size());
    mine.transaction("not-a-uuid").expect(404);
  }

  @Test
  void restaurantsThatDidNotEnableThePluginSeeNoRoutes() {
    TestTenant tenant = patron.newTenant();
    patron.admin().put("/api/v1/admin/tenants/" + tenant.id() + "/plugins/sales",
        new JsonObject().put("enabled", false)).expect(200);
    new SalesApi(tenant).post(receipt(null, line("TEA", 1, 300, 10))).expect(404);
  }
}
