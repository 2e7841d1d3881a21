package dev.patron.plugins.giftcards;

import static dev.patron.plugins.giftcards.GiftCardApi.money;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.testkit.PatronClient;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The {@code gift-cards} section of the customer overview, and the archive preview matching what
 * the archive then does to the customer's links.
 */
class CustomerOverviewIT {

  @RegisterExtension
  static PatronExtension patron = GiftCardApi.server();

  private static String customer(PatronClient client, String lastName) {
    return client.post("/api/v1/customers", new JsonObject().put("firstName", "Anna").put("lastName", lastName))
        .expect(201).json().getString("id");
  }

  private static String cardFor(GiftCardApi api, String customerId, long amount) {
    JsonObject body = new JsonObject().put("type", "DIGITAL").put("customerId", customerId);
    if (amount > 0) {
      body.put("initialAmount", money(amount));
    }
    return api.create(body).expect(201).json().getString("id");
  }

  private static JsonObject archiveEntry(PatronClient client, String customerId) {
    JsonObject preview = client.get("/api/v1/customers/" + customerId + "/archive-preview").expect(200).json();
    assertTrue(preview.getBoolean("allowed"), preview::encode);
    JsonObject entry = preview.getJsonArray("plugins").getJsonObject(0);
    assertEquals("gift-cards", entry.getString("plugin"));
    return entry;
  }

  @Test
  void showsTheLinkedCardsWithTheirBalancesAndWhatCanBeSpentToday() {
    TestTenant tenant = patron.newTenant();
    GiftCardApi api = new GiftCardApi(tenant);
    String anna = customer(tenant.client(), "Berger");
    String active = cardFor(api, anna, 3_000);
    String deactivated = cardFor(api, anna, 1_500);
    api.post(deactivated, new JsonObject().put("type", "DEACTIVATE")).expect(201);
    String pending = cardFor(api, anna, 0);
    api.activeCard(9_000);

    JsonObject overview = tenant.client().get("/api/v1/customers/" + anna + "/overview").expect(200).json();
    assertEquals(new JsonArray(), overview.getJsonArray("errors"));
    JsonObject section = overview.getJsonObject("sections").getJsonObject("gift-cards");
    assertEquals(3, section.getLong("cardCount"));
    assertEquals(money(3_000), section.getJsonObject("spendableBalance"), "only the active card can be spent");
    JsonArray cards = section.getJsonArray("cards");
    assertEquals(List.of(active, deactivated, pending), cards.stream().map(c -> ((JsonObject) c).getString("id")).toList());
    for (Object card : cards) {
      JsonObject shown = (JsonObject) card;
      assertEquals(api.card(shown.getString("id")).expect(200).json(), shown, "each card as GET answers it");
    }

    String ben = customer(tenant.client(), "Ober");
    JsonObject none = tenant.client().get("/api/v1/customers/" + ben + "/overview").expect(200).json()
        .getJsonObject("sections").getJsonObject("gift-cards");
    assertEquals(new JsonObject().put("cards", new JsonArray()).put("cardCount", 0).put("spendableBalance", money(0)), none);
  }

  @Test
  void theArchivePreviewCountsTheLinksTheArchiveThenRemovesAndChangesNothing() {
    TestTenant tenant = patron.newTenant();
    GiftCardApi api = new GiftCardApi(tenant);
    String anna = customer(tenant.client(), "Berger");
    String ben = customer(tenant.client(), "Ober");
    String own = cardFor(api, anna, 2_000);
    String shared = cardFor(api, anna, 500);
    api.client().put(GiftCardApi.CARDS + "/" + shared + "/customers/" + ben, new JsonObject()).expect(200);
    List<JsonObject> before = List.of(api.card(own).expect(200).json(), api.card(shared).expect(200).json());

    JsonObject entry = archiveEntry(tenant.client(), anna);
    assertEquals(new JsonArray().add(new JsonObject().put("code", "gift-card-link").put("count", 2)
            .put("description", "Unlinks the customer from 2 gift cards; the cards keep their balances and history,"
                + " and keep working for whoever holds them.")),
        entry.getJsonArray("deletes"));
    assertEquals(new JsonArray(), entry.getJsonArray("anonymises"));
    assertNull(entry.getValue("veto"));
    assertEquals(before, List.of(api.card(own).expect(200).json(), api.card(shared).expect(200).json()),
        "the preview changed no card");

    tenant.client().delete("/api/v1/customers/" + anna).expect(204);
    JsonObject ownAfter = api.card(own).expect(200).json();
    JsonObject sharedAfter = api.card(shared).expect(200).json();
    assertEquals(new JsonArray(), ownAfter.getJsonArray("customerIds"), "unlinked as previewed");
    assertEquals(new JsonArray().add(ben), sharedAfter.getJsonArray("customerIds"));
    assertEquals(money(2_000), ownAfter.getJsonObject("balance"));
    assertEquals(money(500), sharedAfter.getJsonObject("balance"));
    assertEquals(new JsonArray().add(new JsonObject().put("code", "gift-card-link").put("count", 1)
            .put("description", "Unlinks the customer from 1 gift card; the cards keep their balances and history,"
                + " and keep working for whoever holds them.")),
        archiveEntry(tenant.client(), ben).getJsonArray("deletes"));

    String cleo = customer(tenant.client(), "Nau");
    assertEquals(new JsonArray(), archiveEntry(tenant.client(), cleo).getJsonArray("deletes"), "no cards, nothing to unlink");
  }
}
