package dev.patron.plugins.discounts.it;

import static dev.patron.plugins.discounts.it.DiscountsApi.eur;
import static dev.patron.plugins.discounts.it.DiscountsApi.fixedBody;
import static dev.patron.plugins.discounts.it.DiscountsApi.fromNow;
import static dev.patron.plugins.discounts.it.DiscountsApi.percentBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.Response;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code POST /quote}: which discount applies to an order and how much it takes off. */
class QuoteIT {

  @RegisterExtension
  static PatronExtension patron = TestServer.extension();

  private DiscountsApi newRestaurant() {
    return new DiscountsApi(patron.newTenant());
  }

  private static long amount(JsonObject quote, String field) {
    assertEquals("EUR", quote.getJsonObject(field).getString("currency"));
    return quote.getJsonObject(field).getLong("amount");
  }

  @Test
  void roundsAPercentageHalfEvenToTheCent() {
    DiscountsApi api = newRestaurant();
    api.discount("FIVE", 5);
    String customer = api.customer("Guest", null);

    JsonObject down = api.quote(customer, 1050, "five").expect(200).json();
    assertEquals(52, amount(down, "discountAmount"), "52.5 cents round to the even 52");
    assertEquals(998, amount(down, "total"));
    assertEquals(1050, amount(down, "subtotal"));
    JsonObject up = api.quote(customer, 1150, "FIVE").expect(200).json();
    assertEquals(58, amount(up, "discountAmount"), "57.5 cents round to the even 58");
    assertEquals(1092, amount(up, "total"));
    assertEquals(53, amount(api.quote(customer, 1051, "FIVE").expect(200).json(), "discountAmount"), "52.55 rounds up");
  }

  @Test
  void aFixedAmountNeverTakesTheTotalBelowZero() {
    DiscountsApi api = newRestaurant();
    String voucher = api.createDiscount(fixedBody("VOUCHER", 2000)).getString("id");
    String customer = api.customer("Guest", voucher);

    JsonObject small = api.quote(customer, 1500, null).expect(200).json();
    assertEquals(1500, amount(small, "discountAmount"));
    assertEquals(0, amount(small, "total"));
    JsonObject large = api.quote(customer, 5000, null).expect(200).json();
    assertEquals(2000, amount(large, "discountAmount"));
    assertEquals(3000, amount(large, "total"));
    assertEquals(0, amount(api.quote(customer, 0, null).expect(200).json(), "total"));
  }

  @Test
  void aCodeWinsOverTheCustomersDefault() {
    DiscountsApi api = newRestaurant();
    String staff = api.discount("STAFF", 20);
    String happyHour = api.discount("HAPPY", 50);
    String customer = api.customer("Regular", staff);

    JsonObject byDefault = api.quote(customer, 1000, null).expect(200).json();
    assertEquals("customerDefault", byDefault.getString("source"));
    assertEquals(staff, byDefault.getJsonObject("discount").getString("id"));
    assertEquals(200, amount(byDefault, "discountAmount"));

    JsonObject byCode = api.quote(customer, 1000, "HAPPY").expect(200).json();
    assertEquals("code", byCode.getString("source"));
    assertEquals(happyHour, byCode.getJsonObject("discount").getString("id"));
    assertEquals(500, amount(byCode, "discountAmount"));
  }

  @Test
  void aWalkInGuestWithoutACustomerCanUseACode() {
    DiscountsApi api = newRestaurant();
    String staff = api.discount("STAFF", 20);
    api.createDiscount(percentBody("PAUSED", 5).put("active", false));

    JsonObject quote = api.quote(null, 1000, "staff").expect(200).json();
    assertEquals("code", quote.getString("source"));
    assertEquals(staff, quote.getJsonObject("discount").getString("id"));
    assertEquals(200, amount(quote, "discountAmount"));
    assertEquals(800, amount(quote, "total"));

    assertEquals("discount-inactive", refusal(api.quote(null, 1000, "PAUSED")), "the code's rules still apply");
    assertEquals("unknown-discount-code", refusal(api.quote(null, 1000, "NOPE")));
    assertNoDiscount(api.quote(null, 1000, null).expect(200).json(), 1000);
    api.quote(UUID.randomUUID().toString(), 1000, "STAFF").expect(404);
  }

  @Test
  void aDefaultThatCannotApplyNowGivesNoDiscount() {
    DiscountsApi api = newRestaurant();
    String staff = api.discount("STAFF", 20);
    String upcoming = api.createDiscount(percentBody("NEXT-WEEK", 10).put("validFrom", fromNow(Duration.ofDays(7))))
        .getString("id");
    String withoutDefault = api.customer("Walk-in", null);
    String waiting = api.customer("Waiting", upcoming);
    String regular = api.customer("Regular", staff);

    assertNoDiscount(api.quote(withoutDefault, 1000, null).expect(200).json(), 1000);
    assertNoDiscount(api.quote(waiting, 1000, null).expect(200).json(), 1000);

    api.patchDiscount(staff, new JsonObject().put("active", false)).expect(200);
    assertNoDiscount(api.quote(regular, 1000, null).expect(200).json(), 1000);
    api.patchDiscount(staff, new JsonObject().put("active", true).put("validFrom", fromNow(Duration.ofDays(-2)))
        .put("validUntil", fromNow(Duration.ofDays(-1)))).expect(200);
    assertNoDiscount(api.quote(regular, 1000, null).expect(200).json(), 1000);
  }

  private static void assertNoDiscount(JsonObject quote, long subtotal) {
    assertNull(quote.getValue("discount"));
    assertNull(quote.getValue("source"));
    assertEquals(0, amount(quote, "discountAmount"));
    assertEquals(subtotal, amount(quote, "total"));
  }

  @Test
  void saysWhyACodeCannotBeUsed() {
    DiscountsApi api = newRestaurant();
    api.createDiscount(percentBody("PAUSED", 5).put("active", false));
    api.createDiscount(percentBody("SOON", 5).put("validFrom", fromNow(Duration.ofDays(1))));
    api.createDiscount(percentBody("GONE", 5).put("validUntil", fromNow(Duration.ofDays(-1))));
    newRestaurant().discount("ELSEWHERE", 5);
    String customer = api.customer("Guest", null);

    assertEquals("unknown-discount-code", refusal(api.quote(customer, 1000, "NOPE")));
    assertEquals("unknown-discount-code", refusal(api.quote(customer, 1000, "ELSEWHERE")), "another restaurant's code");
    assertEquals("discount-inactive", refusal(api.quote(customer, 1000, "paused")));
    assertEquals("discount-not-yet-valid", refusal(api.quote(customer, 1000, "SOON")));
    Response gone = api.quote(customer, 1000, "GONE").expect(422);
    assertEquals("https://patron.dev/problems/discount-expired", gone.json().getString("type"));
    assertTrue(gone.json().getString("detail").startsWith("The discount GONE expired at "), gone.body());
  }

  private static String refusal(Response response) {
    String type = response.expect(422).json().getString("type");
    return type.substring(type.lastIndexOf('/') + 1);
  }

  @Test
  void checksTheRequest() {
    DiscountsApi api = newRestaurant();
    String customer = api.customer("Guest", null);
    api.quote(UUID.randomUUID().toString(), 1000, null).expect(404);
    new DiscountsApi(patron.newTenant()).quote(customer, 1000, null).expect(404);
    assertEquals(List.of("subtotal.currency: must be EUR, the restaurant's currency"),
        api.http().post(DiscountsApi.BASE + "/quote", new JsonObject().put("customerId", customer)
            .put("subtotal", new JsonObject().put("amount", 100).put("currency", "USD"))).expect(400).fieldErrors());
    assertEquals(List.of("subtotal.amount: must be between 0 and 1000000000000"),
        api.http().post(DiscountsApi.BASE + "/quote", new JsonObject().put("customerId", customer)
            .put("subtotal", eur(-1))).expect(400).fieldErrors());
    assertEquals(List.of("subtotal: is required"),
        api.http().post(DiscountsApi.BASE + "/quote", new JsonObject().put("code", "STAFF")).expect(400).fieldErrors());
    assertEquals(List.of("customerId: must be an id (UUID)"),
        api.http().post(DiscountsApi.BASE + "/quote", new JsonObject().put("customerId", "guest")
            .put("subtotal", eur(100))).expect(400).fieldErrors());
  }
}
