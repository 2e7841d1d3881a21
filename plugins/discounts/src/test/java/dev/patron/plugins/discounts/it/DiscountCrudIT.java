package dev.patron.plugins.discounts.it;

import static dev.patron.plugins.discounts.it.DiscountsApi.DISCOUNTS;
import static dev.patron.plugins.discounts.it.DiscountsApi.fixedBody;
import static dev.patron.plugins.discounts.it.DiscountsApi.percentBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.Response;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Discounts through HTTP: create, read, list, patch, delete, and the API conventions. */
class DiscountCrudIT {

  @RegisterExtension
  static PatronExtension patron = TestServer.extension();

  private DiscountsApi newRestaurant() {
    return new DiscountsApi(patron.newTenant());
  }

  @Test
  void createsReadsAndPatchesADiscount() {
    DiscountsApi api = newRestaurant();
    Response created = api.http().post(DISCOUNTS, percentBody("summer", 12.5)
        .put("validFrom", "2026-06-01T02:00:00+02:00").put("validUntil", "2026-09-01T00:00:00Z")).expect(201);
    JsonObject discount = created.json();
    String id = discount.getString("id");
    assertEquals(DISCOUNTS + "/" + id, created.header("Location"));
    assertEquals("\"1\"", created.header("ETag"));
    assertEquals("SUMMER", discount.getString("code"));
    assertEquals(new BigDecimal("12.5"), new BigDecimal(discount.getValue("percentage").toString()));
    assertNull(discount.getValue("fixedAmount"));
    assertEquals("2026-06-01T00:00:00Z", discount.getString("validFrom"), "in UTC");
    assertTrue(discount.getBoolean("active"));

    assertEquals(discount, api.getDiscount(id));
    api.http().get(DISCOUNTS + "/" + id, Map.of("If-None-Match", "\"1\"")).expect(304);

    JsonObject voucher = api.http().patch(DISCOUNTS + "/" + id, new JsonObject().putNull("percentage")
        .put("fixedAmount", new JsonObject().put("amount", 300)).putNull("validFrom"), Map.of("If-Match", "\"1\""))
        .expect(200).json();
    assertNull(voucher.getValue("percentage"));
    assertEquals(new JsonObject().put("amount", 300).put("currency", "EUR"), voucher.getJsonObject("fixedAmount"));
    assertNull(voucher.getValue("validFrom"));
    assertEquals("2026-09-01T00:00:00Z", voucher.getString("validUntil"));
    assertEquals(2, voucher.getLong("version"));

    api.http().patch(DISCOUNTS + "/" + id, new JsonObject().put("name", "x"), Map.of("If-Match", "\"1\"")).expect(412);
    assertEquals(List.of("fixedAmount: cannot be combined with percentage: a discount is one or the other"),
        api.patchDiscount(id, new JsonObject().put("percentage", 5)).expect(400).fieldErrors());
    assertEquals(2, api.patchDiscount(id, new JsonObject().put("name", voucher.getString("name"))).expect(200).json()
        .getLong("version"), "a patch that changes nothing keeps the version");
  }

  @Test
  void reportsEveryInvalidField() {
    DiscountsApi api = newRestaurant();
    assertEquals(List.of("percentage: is required unless fixedAmount is given"),
        api.http().post(DISCOUNTS, new JsonObject().put("name", "N").put("code", "C")).expect(400).fieldErrors());
    assertEquals(List.of("fixedAmount.currency: must be USD, the restaurant's currency"),
        newUsdRestaurant().http().post(DISCOUNTS, fixedBody("C", 100)).expect(400).fieldErrors());
    assertEquals(List.of("percentage: must have at most 2 decimal places"),
        api.http().post(DISCOUNTS, percentBody("C", 1.234)).expect(400).fieldErrors());
    assertEquals(List.of("validUntil: must be after validFrom"), api.http().post(DISCOUNTS, percentBody("C", 5)
        .put("validFrom", "2026-02-01T00:00:00Z").put("validUntil", "2026-01-01T00:00:00Z")).expect(400).fieldErrors());
    assertEquals(List.of("createdAt: is read-only", "stackable: unknown field"), api.http().post(DISCOUNTS,
        percentBody("C", 5).put("stackable", true).put("createdAt", "2026-01-01T00:00:00Z")).expect(400).fieldErrors());
    api.http().post(DISCOUNTS, percentBody("C", 5).put("name", "n".repeat(101))).expect(400);
  }

  private DiscountsApi newUsdRestaurant() {
    return new DiscountsApi(patron.newTenant(new JsonObject().put("name", "Diner").put("currency", "USD")
        .put("language", "en-US").put("timeZone", "America/New_York")));
  }

  @Test
  void codesAreUniquePerRestaurant() {
    DiscountsApi api = newRestaurant();
    api.discount("STAFF", 20);
    Response clash = api.http().post(DISCOUNTS, fixedBody("staff", 100)).expect(409);
    assertEquals("https://patron.dev/problems/discount-code-taken", clash.json().getString("type"));
    assertTrue(clash.json().getString("detail").contains("'STAFF'"), clash.body());
    String other = api.discount("GUEST", 5);
    api.patchDiscount(other, new JsonObject().put("code", "Staff")).expect(409);
    newRestaurant().discount("STAFF", 20);
  }

  @Test
  void listsDiscountsInCodeOrderPageByPage() {
    DiscountsApi api = newRestaurant();
    for (String code : List.of("C", "A", "B")) {
      api.discount(code, 1);
    }
    List<String> codes = new ArrayList<>();
    String cursor = null;
    do {
      JsonObject page = api.http().get(DISCOUNTS + "?limit=2" + (cursor == null ? "" : "&cursor=" + cursor)).expect(200).json();
      page.getJsonArray("items").forEach(item -> codes.add(((JsonObject) item).getString("code")));
      cursor = page.getString("nextCursor");
    } while (cursor != null);
    assertEquals(List.of("A", "B", "C"), codes);
    assertEquals(List.of("active: unknown query parameter; allowed: cursor, limit"),
        api.http().get(DISCOUNTS + "?active=true").expect(400).fieldErrors());
  }

  @Test
  void aRetriedCreateIsAnsweredOnce() {
    DiscountsApi api = newRestaurant();
    Map<String, String> key = Map.of("Idempotency-Key", "create-staff");
    String id = api.http().post(DISCOUNTS, percentBody("STAFF", 10), key).expect(201).json().getString("id");
    Response again = api.http().post(DISCOUNTS, percentBody("STAFF", 10), key).expect(201);
    assertEquals(id, again.json().getString("id"));
    assertEquals("true", again.header("Idempotent-Replayed"));
    api.http().post(DISCOUNTS, percentBody("STAFF", 15), key).expect(409);
  }

  @Test
  void deletesADiscountNobodyUses() {
    DiscountsApi api = newRestaurant();
    String id = api.discount("OLD", 5);
    api.http().delete(DISCOUNTS + "/" + id, Map.of("If-Match", "\"2\"")).expect(412);
    api.deleteDiscount(id, "").expect(204);
    api.http().get(DISCOUNTS + "/" + id).expect(404);
  }

  @Test
  void anotherRestaurantsDiscountsDoNotExist() {
    DiscountsApi owner = newRestaurant();
    DiscountsApi stranger = newRestaurant();
    String id = owner.discount("STAFF", 10);
    stranger.http().get(DISCOUNTS + "/" + id).expect(404);
    stranger.patchDiscount(id, new JsonObject().put("name", "Mine")).expect(404);
    stranger.deleteDiscount(id, "").expect(404);
    stranger.http().get(DISCOUNTS + "/" + id + "/customers").expect(404);
    assertTrue(stranger.http().get(DISCOUNTS).expect(200).items().isEmpty());
    assertEquals("Discount STAFF", owner.getDiscount(id).getString("name"));
  }
}
