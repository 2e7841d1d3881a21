package dev.patron.plugins.sales.it;

import static dev.patron.plugins.sales.it.SalesApi.line;
import static dev.patron.plugins.sales.it.SalesApi.receipt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The maintenance route finds statistics that drifted from their history, says where, and repairs them. */
class DriftIT {

  @RegisterExtension
  static PatronExtension patron = SalesApi.server();

  @Test
  void driftIsReportedPerCustomerAndPartAndRepaired() {
    TestTenant tenant = patron.newTenant();
    SalesApi api = new SalesApi(tenant);
    String ana = api.customer("Ana", "Drift");
    String ben = api.customer("Ben", "Drift");
    String id = api.recorded(receipt(ana, line("TEA", 2, 300, 10)).put("location", "Graz")).getString("id");
    api.recorded(receipt(ben, line("CAKE", 1, 450, 10)));
    api.refund(id, SalesApi.refundLines(1, 1)).expect(201);
    JsonObject anaBefore = api.statistics(ana);
    UUID tenantId = UUID.fromString(tenant.id());

    try (Database database = Database.of(patron)) {
      database.update("UPDATE sales.customer_statistics SET visits = visits + 3, tips = 7 WHERE tenant_id = $1"
          + " AND customer_id = $2", tenantId, UUID.fromString(ana));
      database.update("UPDATE sales.customer_favourites SET visits = 9 WHERE tenant_id = $1 AND customer_id = $2",
          tenantId, UUID.fromString(ana));
      database.update("DELETE FROM sales.customer_days WHERE tenant_id = $1 AND customer_id = $2", tenantId,
          UUID.fromString(ben));
      // Statistics of someone with no receipts at all: left over, say, by a restore.
      database.update("INSERT INTO sales.customer_statistics SELECT tenant_id, $2, visits, spend, refunds, tips,"
          + " first_visit_at, last_visit_at, first_visit_on, updated_at FROM sales.customer_statistics"
          + " WHERE tenant_id = $1 AND customer_id = $3", tenantId, new UUID(0, 1), UUID.fromString(ben));
    }

    JsonObject check = rebuild(api, new JsonObject().put("checkOnly", true));
    assertEquals(sorted(new JsonArray()
        .add(drift(new UUID(0, 1).toString(), "totals"))
        .add(drift(ana, "totals", "favourites"))
        .add(drift(ben, "days"))), sorted(check.getJsonArray("drifted")));
    assertEquals(3, check.getInteger("checked"));
    assertEquals(false, check.getBoolean("repaired"));
    assertEquals(4, api.statistics(ana).getLong("visits"), "checking repairs nothing");

    JsonObject repair = rebuild(api, new JsonObject().put("limit", 2));
    assertEquals(true, repair.getBoolean("repaired"));
    assertEquals(2, repair.getInteger("checked"));
    JsonObject rest = rebuild(api, new JsonObject().put("cursor", repair.getString("nextCursor")));
    assertEquals(1, rest.getInteger("checked"));
    assertEquals(null, rest.getValue("nextCursor"));

    assertEquals(anaBefore, api.statistics(ana), "rebuilt from history, as the sales left them");
    assertEquals(new JsonArray(), rebuild(api, new JsonObject()).getJsonArray("drifted"));
    assertEquals(0, rebuild(api, new JsonObject().put("customerId", new UUID(0, 1).toString())).getJsonArray("drifted")
        .size(), "the left-over statistics are gone");
  }

  @Test
  void badOptionsAreRefused() {
    SalesApi api = new SalesApi(patron.newTenant());
    assertEquals(List.of("limit: must be between 1 and 500"),
        api.client().post(SalesApi.BASE + "/maintenance/statistics-rebuild", new JsonObject().put("limit", 501))
            .expect(400).fieldErrors());
    api.client().post(SalesApi.BASE + "/maintenance/statistics-rebuild", new JsonObject().put("cursor", "garbage"))
        .expect(400);
    api.client().post(SalesApi.BASE + "/maintenance/statistics-rebuild",
        new JsonObject().put("cursor", "e30").put("customerId", UUID.randomUUID().toString())).expect(400);
  }

  private static JsonObject rebuild(SalesApi api, JsonObject body) {
    return api.client().post(SalesApi.BASE + "/maintenance/statistics-rebuild", body).expect(200).json();
  }

  private static JsonObject drift(String customer, String... parts) {
    return new JsonObject().put("customerId", customer).put("parts", new JsonArray(List.of((Object[]) parts)));
  }

  private static JsonArray sorted(JsonArray drifted) {
    return new JsonArray(drifted.stream().map(JsonObject.class::cast)
        .sorted(Comparator.comparing(d -> d.getString("customerId"))).map(Object.class::cast).toList());
  }
}
