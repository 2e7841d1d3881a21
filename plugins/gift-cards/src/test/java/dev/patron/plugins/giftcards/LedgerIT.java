package dev.patron.plugins.giftcards;

import static dev.patron.plugins.giftcards.GiftCardApi.activity;
import static dev.patron.plugins.giftcards.GiftCardApi.money;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.patron.testkit.Await;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.Response;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every change of value is a ledger entry, and the ledger's rules hold. */
class LedgerIT {

  @RegisterExtension
  static PatronExtension patron = GiftCardApi.server();

  @Test
  void aRunOfActivitiesKeepsTheBalanceEqualToTheSumOfTheLedger() {
    GiftCardApi api = new GiftCardApi(patron.newTenant());
    String id = api.create(new JsonObject().put("type", "PHYSICAL")).expect(201).json().getString("id");
    api.post(id, activity("ACTIVATE", 5_000)).expect(201);
    api.post(id, activity("LOAD", 2_000)).expect(201);
    JsonObject redeem = api.post(id, activity("REDEEM", 3_500)).expect(201).json();
    assertEquals(money(-3_500), redeem.getJsonObject("amount"), "the signed change to the balance");
    assertEquals(money(3_500), redeem.getJsonObject("balanceAfter"));
    api.post(id, activity("ADJUST_INCREMENT", 150).put("reason", "coffee machine ate the voucher")).expect(201);
    api.post(id, activity("ADJUST_DECREMENT", 50).put("reason", "double-loaded by mistake")).expect(201);
    api.post(id, activity("REFUND", 1_200)).expect(201);
    JsonObject reverse = api.post(id, new JsonObject().put("type", "REVERSE")
        .put("reversesActivityId", redeem.getString("id"))).expect(201).json();
    assertEquals(money(3_500), reverse.getJsonObject("amount"));
    assertEquals(redeem.getString("id"), reverse.getString("reversesActivityId"));
    JsonObject deactivate = api.post(id, new JsonObject().put("type", "DEACTIVATE").put("reason", "reported stolen"))
        .expect(201).json();
    assertEquals(money(0), deactivate.getJsonObject("amount"));

    List<JsonObject> ledger = api.activities(id, 3);
    assertEquals(List.of("ACTIVATE", "LOAD", "REDEEM", "ADJUST_INCREMENT", "ADJUST_DECREMENT", "REFUND", "REVERSE",
        "DEACTIVATE"), ledger.stream().map(a -> a.getString("type")).toList());
    assertEquals("coffee machine ate the voucher", ledger.get(3).getString("reason"));
    assertNull(ledger.get(1).getString("reason"));
    JsonObject card = api.card(id).expect(200).json();
    assertEquals("DEACTIVATED", card.getString("state"));
    assertEquals(money(5_000 + 2_000 - 3_500 + 150 - 50 + 1_200 + 3_500), card.getJsonObject("balance"));
    assertEquals(9, card.getLong("version"), "created, then one version per activity");
    assertEquals(card.getLong("version"), ledger.get(7).getLong("cardVersion"));
    api.assertLedgerMatchesBalance(id);
  }

  @Test
  void everyLedgerEntryIsPublishedAsAnEventAboutItsCard() {
    GiftCardApi api = new GiftCardApi(patron.newTenant());
    String id = api.activeCard(2_000).getString("id");
    JsonObject redeem = api.post(id, activity("REDEEM", 500)).expect(201).json();
    api.post(id, activity("REDEEM", 5_000)).expect(422);
    api.post(id, new JsonObject().put("type", "DEACTIVATE").put("reason", "lost by Mr. Huber")).expect(201);

    List<JsonObject> events = Await.until(Duration.ofSeconds(10),
        () -> api.client().get("/api/v1/events?type=gift-cards.activity.recorded").expect(200).items(),
        items -> items.size() >= 3);
    assertEquals(3, events.size(), "one per entry; the refused redeem recorded none");
    assertEquals(List.of(id, id, id), events.stream().map(e -> e.getString("subjectId")).toList());
    assertEquals(List.of("ACTIVATE", "REDEEM", "DEACTIVATE"),
        events.stream().map(e -> e.getJsonObject("data").getString("type")).toList());
    assertEquals(List.of("ACTIVE", "ACTIVE", "DEACTIVATED"),
        events.stream().map(e -> e.getJsonObject("data").getString("cardState")).toList());
    JsonObject redeemed = events.get(1).getJsonObject("data");
    assertEquals(redeem.getString("id"), redeemed.getString("activityId"));
    assertEquals(money(-500), redeemed.getJsonObject("amount"));
    assertEquals(money(1_500), redeemed.getJsonObject("balanceAfter"));
    assertEquals(redeem.getLong("cardVersion"), redeemed.getLong("cardVersion"));
    assertFalse(events.get(2).getJsonObject("data").containsKey("reason"), "free text may name a person: left out");
  }

  @Test
  void aRefusedActivityIsA422WithTheCurrentBalanceAndChangesNothing() {
    GiftCardApi api = new GiftCardApi(patron.newTenant());
    String id = api.activeCard(1_000).getString("id");

    JsonObject short1 = api.post(id, activity("REDEEM", 1_001)).expect(422).json();
    assertEquals("https://patron.dev/problems/insufficient-balance", short1.getString("type"));
    assertEquals(money(1_000), short1.getJsonObject("balance"));
    assertEquals("The card's balance of 10.00 EUR does not cover 10.01 EUR.", short1.getString("detail"));

    JsonObject tooMuch = api.post(id, activity("LOAD", 49_001)).expect(422).json();
    assertEquals("https://patron.dev/problems/over-maximum-balance", tooMuch.getString("type"));
    assertEquals(money(1_000), tooMuch.getJsonObject("balance"));
    api.post(id, activity("LOAD", 49_000)).expect(201);
    api.post(id, activity("REFUND", 1)).expect(422);

    api.post(id, activity("ACTIVATE", 100)).expect(422);
    assertEquals(50_000, api.balance(id));
    assertEquals(2, api.activities(id, 10).size(), "refusals leave no trace in the ledger");
    api.assertLedgerMatchesBalance(id);
  }

  @Test
  void onlyARedeemCanBeReversedAndOnlyOnce() {
    GiftCardApi api = new GiftCardApi(patron.newTenant());
    String id = api.activeCard(5_000).getString("id");
    String redeem = api.post(id, activity("REDEEM", 2_000)).expect(201).json().getString("id");
    String load = api.post(id, activity("LOAD", 100)).expect(201).json().getString("id");

    assertEquals("https://patron.dev/problems/not-reversible", api.post(id, reverse(load)).expect(422).json().getString("type"));
    api.post(id, reverse(redeem)).expect(201);
    JsonObject again = api.post(id, reverse(redeem)).expect(422).json();
    assertEquals("https://patron.dev/problems/already-reversed", again.getString("type"));
    assertEquals(money(5_100), again.getJsonObject("balance"));

    String otherCard = api.activeCard(5_000).getString("id");
    String otherRedeem = api.post(otherCard, activity("REDEEM", 1_000)).expect(201).json().getString("id");
    api.post(id, reverse(otherRedeem)).expect(422);
    api.assertLedgerMatchesBalance(id);
    api.assertLedgerMatchesBalance(otherCard);
  }

  @Test
  void aPendingCardOnlyActivatesAndADeactivatedCardOnlyWritesOff() {
    GiftCardApi api = new GiftCardApi(patron.newTenant());
    String pending = api.create(new JsonObject().put("type", "DIGITAL")).expect(201).json().getString("id");
    Response refused = api.post(pending, activity("REDEEM", 100)).expect(422);
    assertEquals("https://patron.dev/problems/invalid-card-state", refused.json().getString("type"));
    assertEquals("PENDING", refused.json().getString("state"));
    api.post(pending, activity("ACTIVATE", 60_000)).expect(422);

    String card = api.activeCard(3_000).getString("id");
    api.post(card, new JsonObject().put("type", "DEACTIVATE")).expect(201);
    api.post(card, activity("REDEEM", 100)).expect(422);
    api.post(card, activity("LOAD", 100)).expect(422);
    api.post(card, new JsonObject().put("type", "DEACTIVATE")).expect(422);
    api.post(card, activity("ADJUST_DECREMENT", 3_000).put("reason", "cashed out at the counter")).expect(201);
    assertEquals(0, api.balance(card));
    api.assertLedgerMatchesBalance(card);
  }

  @Test
  void checksWhatEachTypeNeeds() {
    GiftCardApi api = new GiftCardApi(patron.newTenant());
    String id = api.activeCard(1_000).getString("id");
    assertEquals(List.of("reason: is required"), api.post(id, activity("ADJUST_INCREMENT", 100)).expect(400).fieldErrors());
    assertEquals(List.of("amount: is required for REDEEM"), api.post(id, new JsonObject().put("type", "REDEEM")).expect(400)
        .fieldErrors());
    assertEquals(List.of("amount.currency: must be EUR, the restaurant's currency"),
        api.post(id, activity("LOAD", 100).put("amount", money(100).put("currency", "CHF"))).expect(400).fieldErrors());
    assertEquals(List.of("tip: unknown field"), api.post(id, activity("REDEEM", 100).put("tip", 50)).expect(400).fieldErrors());
    api.post(id, activity("REDEEM", 100).put("reason", "x".repeat(501))).expect(400);
    api.client().send("POST", GiftCardApi.CARDS + "/" + id + "/activities", "[1]", Map.of()).expect(400);
    assertEquals(1_000, api.balance(id));
  }

  @Test
  void pagesThroughALedgerInOrder() {
    GiftCardApi api = new GiftCardApi(patron.newTenant());
    String id = api.activeCard(100).getString("id");
    for (int i = 1; i <= 6; i++) {
      api.post(id, activity("LOAD", i)).expect(201);
    }
    JsonObject first = api.client().get(GiftCardApi.CARDS + "/" + id + "/activities?limit=4").expect(200).json();
    assertEquals(4, first.getJsonArray("items").size());
    List<JsonObject> all = api.activities(id, 4);
    assertEquals(7, all.size());
    assertEquals(List.of(100L, 1L, 2L, 3L, 4L, 5L, 6L),
        all.stream().map(a -> a.getJsonObject("amount").getLong("amount")).toList());
    api.client().get(GiftCardApi.CARDS + "/" + id + "/activities?cursor=bm9wZQ").expect(400);
    api.client().get(GiftCardApi.CARDS + "/" + id + "/activities?sort=amount").expect(400);
    api.client().get(GiftCardApi.CARDS + "/" + id + "/activities?limit=501").expect(400);
  }

  @Test
  void reportsTheOutstandingLiabilityPerState() {
    GiftCardApi api = new GiftCardApi(patron.newTenant());
    api.create(new JsonObject().put("type", "DIGITAL")).expect(201);
    api.activeCard(2_000);
    String spent = api.activeCard(3_000).getString("id");
    api.post(spent, activity("REDEEM", 1_000)).expect(201);
    String stolen = api.activeCard(500).getString("id");
    api.post(stolen, new JsonObject().put("type", "DEACTIVATE")).expect(201);

    JsonObject report = api.client().get(GiftCardApi.BASE + "/reports/liability").expect(200).json();
    assertEquals(money(4_500), report.getJsonObject("total"));
    assertEquals(4, report.getLong("cards"));
    assertEquals(new JsonObject()
            .put("PENDING", new JsonObject().put("cards", 1).put("balance", money(0)))
            .put("ACTIVE", new JsonObject().put("cards", 2).put("balance", money(4_000)))
            .put("DEACTIVATED", new JsonObject().put("cards", 1).put("balance", money(500))),
        report.getJsonObject("byState"));
  }

  private static JsonObject reverse(String activityId) {
    return new JsonObject().put("type", "REVERSE").put("reversesActivityId", activityId);
  }
}
