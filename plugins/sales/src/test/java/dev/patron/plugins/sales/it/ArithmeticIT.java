package dev.patron.plugins.sales.it;

import static dev.patron.plugins.sales.it.SalesApi.eur;
import static dev.patron.plugins.sales.it.SalesApi.line;
import static dev.patron.plugins.sales.it.SalesApi.receipt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A receipt whose figures do not add up is a 400 naming the field, and records nothing. */
class ArithmeticIT {

  @RegisterExtension
  static PatronExtension patron = SalesApi.server();

  /** 2 × 3.80 and 0.375 kg × 19.90 (7.4625 → 7.46), 1.00 off, 0.50 service, 2.00 tip: total 14.56. */
  private static JsonObject dinner(String customerId) {
    return new JsonObject()
        .put("receiptId", "T1-" + UUID.randomUUID())
        .put("customerId", customerId)
        .put("closedAt", Instant.now().minusSeconds(600).toString())
        .put("location", "Vienna 1")
        .put("register", "Till 2")
        .put("staff", "Eva")
        .put("lines", new JsonArray()
            .add(line("MELANGE", 2, 380, 10).put("category", "Drinks"))
            .add(line("CHEESE", 0.375, 1990, 20).put("amount", eur(746))))
        .put("discounts", new JsonArray().add(new JsonObject().put("name", "Regulars").put("amount", eur(100))))
        .put("serviceCharge", eur(50))
        .put("tip", eur(200))
        .put("taxes", new JsonArray()
            .add(new JsonObject().put("rate", 10).put("amount", eur(69)))
            .add(new JsonObject().put("rate", 20).put("amount", eur(124))))
        .put("total", eur(1456))
        .put("payments", new JsonArray()
            .add(new JsonObject().put("method", "GIFT_CARD").put("amount", eur(1000)).put("reference", "act-42"))
            .add(new JsonObject().put("method", "CARD").put("amount", eur(656))));
  }

  @Test
  void aReceiptThatAddsUpIsRecordedAsSent() {
    SalesApi api = new SalesApi(patron.newTenant());
    String customer = api.customer("Ana", "Berger");
    JsonObject body = dinner(customer);
    JsonObject recorded = api.post(body).expect(201).json();

    assertEquals(body.getString("receiptId"), recorded.getString("receiptId"));
    assertEquals(customer, recorded.getString("customerId"));
    assertEquals(eur(1456), recorded.getJsonObject("total"));
    JsonArray lines = recorded.getJsonArray("lines");
    assertEquals(eur(760), lines.getJsonObject(0).getJsonObject("amount"));
    assertEquals(eur(746), lines.getJsonObject(1).getJsonObject("amount"), "0.375 × 19.90 = 7.4625, rounded half up");
    assertEquals(1456, SalesApi.amount(lines.getJsonObject(0), "totalShare") + SalesApi.amount(lines.getJsonObject(1), "totalShare"),
        "the shares add up to the total");
    assertEquals(0.375, lines.getJsonObject(1).getDouble("quantity"));
    assertEquals("act-42", recorded.getJsonArray("payments").getJsonObject(0).getString("reference"));
    assertEquals(true, recorded.getBoolean("pricesIncludeTax"));
    assertEquals(recorded, api.transaction(recorded.getString("id")).expect(200).json(), "read back as answered");
  }

  @Test
  void eachFigureThatDoesNotAddUpIsNamed() {
    SalesApi api = new SalesApi(patron.newTenant());
    String customer = api.customer("Ben", "Ober");

    assertRefused(api, dinner(customer).put("total", eur(1457)), "total",
        "must be 14.56 EUR: lines 15.06 EUR − discounts 1.00 EUR + service charge 0.50 EUR (prices include tax)");
    JsonObject underpaid = dinner(customer);
    underpaid.getJsonArray("payments").getJsonObject(1).put("amount", eur(600));
    assertRefused(api, underpaid, "payments", "add up to 16.00 EUR, but total 14.56 EUR + tip 2.00 EUR is 16.56 EUR");
    JsonObject wrongLine = dinner(customer);
    wrongLine.getJsonArray("lines").getJsonObject(1).put("amount", eur(747));
    assertRefused(api, wrongLine, "lines[1].amount", null);
    JsonObject overDiscounted = dinner(customer);
    overDiscounted.getJsonArray("lines").getJsonObject(0).put("lineDiscount", eur(761));
    assertRefused(api, overDiscounted, "lines[0].lineDiscount", "must not exceed the line's price of 7.60 EUR"
        + " (quantity × unit price, rounded half up)");
    JsonObject missingRate = dinner(customer);
    missingRate.getJsonArray("taxes").remove(1);
    assertRefused(api, missingRate, "taxes", "has no entry for the rate 20 % of lines[1].taxRate");
    JsonObject foreignRate = dinner(customer);
    foreignRate.getJsonArray("taxes").add(new JsonObject().put("rate", 13).put("amount", eur(0)));
    assertRefused(api, foreignRate, "taxes[2].rate", "no line has the tax rate 13 %");

    assertEquals(List.of(), api.history(customer, "", 50), "nothing was recorded");
    assertEquals(0, api.statistics(customer).getLong("visits"));
  }

  @Test
  void aRestaurantWhosePricesExcludeTaxAddsItToTheTotal() {
    TestTenant tenant = patron.newTenant();
    patron.enablePlugin(tenant.id(), "sales", new JsonObject().put("pricesIncludeTax", false));
    SalesApi api = new SalesApi(tenant);
    assertRefused(api, dinner(null), "total", "must be 16.49 EUR: lines 15.06 EUR − discounts 1.00 EUR + service charge"
        + " 0.50 EUR + taxes 1.93 EUR (prices exclude tax)");

    JsonObject exclusive = dinner(null).put("total", eur(1649));
    exclusive.getJsonArray("payments").getJsonObject(1).put("amount", eur(849));
    JsonObject recorded = api.post(exclusive).expect(201).json();
    assertEquals(false, recorded.getBoolean("pricesIncludeTax"));
    assertEquals(eur(1649), recorded.getJsonObject("total"));
  }

  @Test
  void fieldsOutOfBoundsAreNamedToo() {
    SalesApi api = new SalesApi(patron.newTenant());
    JsonObject body = dinner(null).put("closedAt", Instant.now().plusSeconds(900).toString()).put("currency", "EUR");
    body.getJsonArray("lines").getJsonObject(0).put("quantity", 1.2345).put("unitPrice",
        new JsonObject().put("amount", 380).put("currency", "USD"));
    body.getJsonArray("payments").getJsonObject(0).put("method", "VOUCHER");
    assertEquals(List.of("closedAt: must not be in the future",
            "lines[0].quantity: must have at most 3 decimal places",
            "lines[0].unitPrice.currency: must be EUR, the restaurant's currency",
            "payments[0].method: must be one of CASH, CARD, GIFT_CARD, ON_ACCOUNT, OTHER",
            "currency: unknown field"),
        api.post(body).expect(400).fieldErrors());
    assertEquals(List.of("closedAt: must not be before 2000-01-01T00:00:00Z"),
        api.post(dinner(null).put("closedAt", "1999-12-31T23:00:00Z")).expect(400).fieldErrors());
    JsonObject huge = receipt(null, line("P", 1, 100, 0));
    JsonArray lines = new JsonArray();
    for (int i = 0; i < 501; i++) {
      lines.add(line("P" + i, 1, 100, 0));
    }
    assertEquals(List.of("lines: must have at most 500 entries"), api.post(huge.put("lines", lines)).expect(400).fieldErrors());
  }

  @Test
  void theCustomerMustBeTheRestaurantsAndTheOrderProfileIsKeptWithoutThePlugin() {
    SalesApi api = new SalesApi(patron.newTenant());
    String stranger = new SalesApi(patron.newTenant()).customer("Eva", "Fremd");
    assertEquals(List.of("customerId: no customer of this restaurant has this id"),
        api.post(dinner(stranger)).expect(400).fieldErrors());
    assertEquals(List.of("customerId: no customer of this restaurant has this id"),
        api.post(dinner(UUID.randomUUID().toString())).expect(400).fieldErrors());

    String profile = UUID.randomUUID().toString();
    JsonObject recorded = api.post(dinner(null).put("orderProfileId", profile)).expect(201).json();
    assertEquals(profile, recorded.getString("orderProfileId"), "without the order-profiles plugin any id is kept");
  }

  private static void assertRefused(SalesApi api, JsonObject body, String field, String message) {
    JsonObject problem = api.post(body).expect(400).json();
    assertEquals("https://patron.dev/problems/validation", problem.getString("type"));
    JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
    assertEquals(1, problem.getJsonArray("errors").size(), problem::encode);
    assertEquals(field, error.getString("field"), problem::encode);
    if (message != null) {
      assertEquals(message, error.getString("message"));
    } else {
      assertTrue(error.getString("message").startsWith("must be"), problem::encode);
    }
  }
}
