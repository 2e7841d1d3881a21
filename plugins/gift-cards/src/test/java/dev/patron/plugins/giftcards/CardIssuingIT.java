package dev.patron.plugins.giftcards;

import static dev.patron.plugins.giftcards.GiftCardApi.money;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.Response;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Issuing cards: codes, check digits, masking, imported codes, types, expiry. */
class CardIssuingIT {

  @RegisterExtension
  static PatronExtension patron = GiftCardApi.server();

  @Test
  void issuesAPendingCardWhoseFullCodeIsShownOnlyToItsCreator() {
    GiftCardApi api = new GiftCardApi(patron.newTenant());
    Response created = api.create(new JsonObject().put("type", "DIGITAL")).expect(201);
    JsonObject card = created.json();
    String code = card.getString("code");
    assertTrue(code.matches("[0-9]{16}"), code);
    assertTrue(Luhn.isValid(code), "the last digit is a Luhn check digit");
    assertEquals("**** **** **** " + code.substring(12), card.getString("maskedCode"));
    assertEquals("PENDING", card.getString("state"));
    assertEquals(money(0), card.getJsonObject("balance"));
    assertEquals(1, card.getLong("version"));
    assertEquals("\"1\"", created.header("ETag"));
    assertEquals(GiftCardApi.CARDS + "/" + card.getString("id"), created.header("Location"));
    assertEquals(List.of(), api.activities(card.getString("id"), 10), "no value yet, no activity");

    String id = card.getString("id");
    Response read = api.card(id).expect(200);
    Response found = api.lookup(code).expect(200);
    Response listed = api.client().get(GiftCardApi.CARDS).expect(200);
    for (Response answer : List.of(read, found, listed)) {
      assertFalse(answer.body().contains(code), "never again the full code: " + answer.body());
      assertFalse(answer.body().contains("\"code\""), answer.body());
      assertTrue(answer.body().contains(card.getString("maskedCode")), answer.body());
    }
    assertEquals(id, found.json().getString("id"));
    assertEquals("\"1\"", read.header("ETag"));
  }

  @Test
  void anInitialAmountActivatesTheCardWithItsActivateActivity() {
    GiftCardApi api = new GiftCardApi(patron.newTenant());
    JsonObject card = api.activeCard(2_500);
    assertEquals("ACTIVE", card.getString("state"));
    assertEquals(money(2_500), card.getJsonObject("balance"));
    List<JsonObject> activities = api.activities(card.getString("id"), 10);
    assertEquals(1, activities.size());
    assertEquals("ACTIVATE", activities.get(0).getString("type"));
    assertEquals(money(2_500), activities.get(0).getJsonObject("amount"));
    assertEquals(money(2_500), activities.get(0).getJsonObject("balanceAfter"));
    assertFalse(activities.get(0).encode().contains(card.getString("code")));
  }

  @Test
  void aLookedUpCodeWithAWrongCheckDigitIsATypoNotAnUnknownCard() {
    GiftCardApi api = new GiftCardApi(patron.newTenant());
    String code = api.activeCard(1_000).getString("code");
    String spaced = code.substring(0, 4) + " " + code.substring(4, 8) + "-" + code.substring(8, 12) + " " + code.substring(12);
    assertEquals(money(1_000), api.lookup(spaced).expect(200).json().getJsonObject("balance"));

    char last = code.charAt(15);
    String typo = code.substring(0, 15) + (char) (last == '9' ? '0' : last + 1);
    Response refused = api.lookup(typo).expect(400);
    assertEquals(List.of("code: looks like a typo: its check digit does not match; check the digits"), refused.fieldErrors());

    String otherValid = code.substring(0, 14) + (code.charAt(14) == '0' ? '5' : '0');
    otherValid = otherValid + Luhn.checkDigit(otherValid);
    Response unknown = api.lookup(otherValid).expect(404);
    assertFalse(unknown.body().contains(otherValid), "the code is not echoed");
    api.lookup("12 34").expect(400);
    api.client().post(GiftCardApi.CARDS + "/lookup", new JsonObject().put("code", code).put("pin", "1234")).expect(400);
  }

  @Test
  void importsPhysicalCardsWithTheirOwnCodesUniquePerRestaurant() {
    TestTenant tenant = patron.newTenant();
    GiftCardApi api = new GiftCardApi(tenant);
    JsonObject imported = api.create(new JsonObject().put("type", "PHYSICAL").put("code", "beisl-2019-0042")
        .put("initialAmount", money(3_000))).expect(201).json();
    assertEquals("BEISL20190042", imported.getString("code"));
    assertEquals("**** **** **** 042", imported.getString("maskedCode"));
    assertEquals(imported.getString("id"), api.lookup("BEISL 2019 0042").expect(200).json().getString("id"));

    Response clash = api.create(new JsonObject().put("type", "PHYSICAL").put("code", "BEISL-2019-0042")).expect(409);
    assertEquals("https://patron.dev/problems/code-taken", clash.json().getString("type"));
    assertEquals(List.of("code: is already used by another gift card"), clash.fieldErrors());
    assertFalse(clash.body().contains(imported.getString("id")), "says nothing about the other card");

    // A 16-digit imported code without a Luhn digit is still found: the look-up comes first.
    String legacy = "1234567812345678";
    assertFalse(Luhn.isValid(legacy));
    api.create(new JsonObject().put("type", "PHYSICAL").put("code", legacy)).expect(201);
    api.lookup(legacy).expect(200);

    // Another restaurant may use the same code for its own card.
    new GiftCardApi(patron.newTenant()).create(new JsonObject().put("type", "PHYSICAL").put("code", "BEISL20190042"))
        .expect(201);
    api.create(new JsonObject().put("type", "DIGITAL").put("code", "BEISL20190043")).expect(400);
  }

  @Test
  void sellsOnlyTheTypesTheRestaurantAllowsUpToItsMaximum() {
    TestTenant tenant = patron.newTenant();
    patron.enablePlugin(tenant.id(), "gift-cards", new JsonObject().put("maxBalance", 10_000)
        .put("allowedTypes", new JsonArray().add("DIGITAL")));
    GiftCardApi api = new GiftCardApi(tenant);
    Response refused = api.create(new JsonObject().put("type", "PHYSICAL").put("initialAmount", money(10_001))).expect(400);
    assertEquals(List.of("type: this restaurant does not sell PHYSICAL cards; it sells DIGITAL",
        "initialAmount.amount: must be between 1 and 10000"), refused.fieldErrors());
    assertEquals(List.of("initialAmount.currency: must be EUR, the restaurant's currency"),
        api.create(new JsonObject().put("type", "DIGITAL").put("initialAmount", money(100).put("currency", "USD")))
            .expect(400).fieldErrors());
    assertEquals(List.of("colour: unknown field"),
        api.create(new JsonObject().put("type", "DIGITAL").put("colour", "gold")).expect(400).fieldErrors());
    api.create(new JsonObject().put("type", "DIGITAL").put("initialAmount", money(10_000))).expect(201);
  }

  @Test
  void refusesAnInvalidConfiguration() {
    TestTenant tenant = patron.newTenant();
    Response refused = patron.admin().put("/api/v1/admin/tenants/" + tenant.id() + "/plugins/gift-cards",
        new JsonObject().put("enabled", true).put("config", new JsonObject().put("maxBalance", -1)
            .put("allowedTypes", new JsonArray()).put("defaultExpiryMonths", "soon"))).expect(400);
    assertEquals(3, refused.fieldErrors().size(), refused.body());
    assertTrue(refused.fieldErrors().stream().allMatch(error -> error.startsWith("config.")), refused.body());
  }

  @Test
  void newCardsExpireAfterTheRestaurantsDefaultNumberOfMonths() {
    TestTenant tenant = patron.newTenant();
    patron.enablePlugin(tenant.id(), "gift-cards", new JsonObject().put("defaultExpiryMonths", 36));
    GiftCardApi api = new GiftCardApi(tenant);
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Vienna"));
    JsonObject card = api.create(new JsonObject().put("type", "DIGITAL")).expect(201).json();
    assertEquals(today.plusMonths(36).toString(), card.getString("expiresOn"));
    assertFalse(card.getBoolean("expired"));
    assertNull(api.create(new JsonObject().put("type", "DIGITAL").putNull("expiresOn")).expect(201).json()
        .getString("expiresOn"), "a card may be sold without expiry");
    assertEquals(List.of("expiresOn: must not be in the past (today is " + today + " in the restaurant's time zone)"),
        api.create(new JsonObject().put("type", "DIGITAL").put("expiresOn", today.minusDays(1).toString()))
            .expect(400).fieldErrors());
  }

  /**
   * A card is usable through its last day in the restaurant's time zone. Kiritimati (UTC+14) is
   * a day ahead of UTC for most of the day and Pago Pago (UTC-11) a day behind for half of it, so
   * a server judging by UTC fails one of these checks at any hour.
   */
  @Test
  void expiresAtTheEndOfItsLastDayInTheRestaurantsTimeZone() {
    GiftCardApi ahead = new GiftCardApi(tenantIn("Pacific/Kiritimati"));
    LocalDate yesterdayThere = LocalDate.now(ZoneId.of("Pacific/Kiritimati")).minusDays(1);
    JsonObject expired = ahead.create(new JsonObject().put("type", "PHYSICAL").put("code", "OLDCARD-0001")
        .put("initialAmount", money(4_000)).put("expiresOn", yesterdayThere.toString())).expect(201).json();
    assertTrue(expired.getBoolean("expired"));
    Response refused = ahead.post(expired.getString("id"), GiftCardApi.activity("REDEEM", 100)).expect(422);
    assertEquals("https://patron.dev/problems/card-expired", refused.json().getString("type"));
    assertEquals(money(4_000), refused.json().getJsonObject("balance"));
    ahead.post(expired.getString("id"), GiftCardApi.activity("LOAD", 100)).expect(422);
    ahead.post(expired.getString("id"), GiftCardApi.activity("ADJUST_DECREMENT", 4_000).put("reason", "expired, written off"))
        .expect(201);

    GiftCardApi behind = new GiftCardApi(tenantIn("Pacific/Pago_Pago"));
    LocalDate todayThere = LocalDate.now(ZoneId.of("Pacific/Pago_Pago"));
    JsonObject lastDay = behind.create(new JsonObject().put("type", "DIGITAL").put("initialAmount", money(4_000))
        .put("expiresOn", todayThere.toString())).expect(201).json();
    assertFalse(lastDay.getBoolean("expired"));
    behind.post(lastDay.getString("id"), GiftCardApi.activity("REDEEM", 100)).expect(201);
  }

  private static TestTenant tenantIn(String zone) {
    return patron.newTenant(new JsonObject().put("name", "Far away").put("currency", "EUR").put("language", "en")
        .put("timeZone", zone));
  }
}
