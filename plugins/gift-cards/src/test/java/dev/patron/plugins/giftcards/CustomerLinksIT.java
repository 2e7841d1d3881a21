package dev.patron.plugins.giftcards;

import static dev.patron.plugins.giftcards.GiftCardApi.activity;
import static dev.patron.plugins.giftcards.GiftCardApi.money;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.testkit.Await;
import dev.patron.testkit.PatronClient;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.Response;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Cards linked to customers, the filters that show a customer's cards, and what archive does. */
class CustomerLinksIT {

  @RegisterExtension
  static PatronExtension patron = GiftCardApi.server();

  private static String customer(PatronClient client, String lastName) {
    return client.post("/api/v1/customers", new JsonObject().put("firstName", "Anna").put("lastName", lastName))
        .expect(201).json().getString("id");
  }

  private static String link(GiftCardApi api, String cardId, String customerId) {
    return api.client().put(GiftCardApi.CARDS + "/" + cardId + "/customers/" + customerId, new JsonObject())
        .expect(200).header("ETag");
  }

  private static List<String> cardsOf(GiftCardApi api, String customerId) {
    return api.client().get(GiftCardApi.CARDS + "?customerId=" + customerId).expect(200).items().stream()
        .map(card -> card.getString("id")).toList();
  }

  @Test
  void linksCustomersOfTheRestaurantAndListsACustomersCards() {
    TestTenant tenant = patron.newTenant();
    GiftCardApi api = new GiftCardApi(tenant);
    String anna = customer(tenant.client(), "Berger");
    String ben = customer(tenant.client(), "Ober");
    JsonObject sold = api.create(new JsonObject().put("type", "DIGITAL").put("customerId", anna)).expect(201).json();
    assertEquals(new JsonArray().add(anna), sold.getJsonArray("customerIds"));
    String shared = api.activeCard(1_000).getString("id");
    assertEquals("\"2\"", link(api, shared, anna));
    assertEquals("\"3\"", link(api, shared, ben));
    assertEquals("\"3\"", link(api, shared, ben), "linking twice changes nothing");
    api.activeCard(1_000);

    assertEquals(List.of(sold.getString("id"), shared), cardsOf(api, anna));
    assertEquals(List.of(shared), cardsOf(api, ben));
    assertEquals(new JsonArray().add(anna).add(ben), api.card(shared).expect(200).json().getJsonArray("customerIds"));
    assertEquals(List.of(shared), api.client().get(GiftCardApi.CARDS + "?customerId=" + ben + "&state=ACTIVE")
        .expect(200).items().stream().map(card -> card.getString("id")).toList());
    assertEquals(List.of(), api.client().get(GiftCardApi.CARDS + "?customerId=" + ben + "&state=PENDING")
        .expect(200).items());

    Response missing = api.client().put(GiftCardApi.CARDS + "/" + shared + "/customers/" + UUID.randomUUID(),
        new JsonObject()).expect(404);
    assertTrue(missing.json().getString("detail").startsWith("No customer with id"), missing.body());
    assertEquals(List.of("customerId: no customer of this restaurant has this id"),
        api.create(new JsonObject().put("type", "DIGITAL").put("customerId", UUID.randomUUID().toString()))
            .expect(400).fieldErrors());
    api.client().get(GiftCardApi.CARDS + "?customerId=nobody").expect(400);
    api.client().get(GiftCardApi.CARDS + "?state=LOST").expect(400);
    api.client().get(GiftCardApi.CARDS + "?owner=" + anna).expect(400);
  }

  @Test
  void unlinksWithIfMatchGuardingAgainstAStaleCard() {
    TestTenant tenant = patron.newTenant();
    GiftCardApi api = new GiftCardApi(tenant);
    String anna = customer(tenant.client(), "Berger");
    String card = api.activeCard(1_000).getString("id");
    String etag = link(api, card, anna);
    api.post(card, activity("REDEEM", 100)).expect(201);

    String path = GiftCardApi.CARDS + "/" + card + "/customers/" + anna;
    api.client().send("PUT", GiftCardApi.CARDS + "/" + card + "/customers/" + customer(tenant.client(), "Ober"), "{}",
        Map.of("If-Match", etag)).expect(412);
    assertEquals("https://patron.dev/problems/stale-version",
        api.client().delete(path, Map.of("If-Match", etag)).expect(412).json().getString("type"));
    String current = api.card(card).expect(200).header("ETag");
    Response unlinked = api.client().delete(path, Map.of("If-Match", current)).expect(200);
    assertEquals(new JsonArray(), unlinked.json().getJsonArray("customerIds"));
    api.client().delete(path).expect(404);
    assertEquals(List.of(), cardsOf(api, anna));
  }

  @Test
  void aCardCarriesAtMostTenCustomers() {
    TestTenant tenant = patron.newTenant();
    GiftCardApi api = new GiftCardApi(tenant);
    String card = api.activeCard(1_000).getString("id");
    for (int i = 0; i < CardService.MAX_CUSTOMERS_PER_CARD; i++) {
      link(api, card, customer(tenant.client(), "Family" + i));
    }
    String eleventh = customer(tenant.client(), "Eleventh");
    assertEquals("https://patron.dev/problems/too-many-customers",
        api.client().put(GiftCardApi.CARDS + "/" + card + "/customers/" + eleventh, new JsonObject()).expect(422)
            .json().getString("type"));
  }

  @Test
  void archivingACustomerUnlinksTheirCardsWhichKeepTheirMoneyAndKeepWorking() {
    TestTenant tenant = patron.newTenant();
    GiftCardApi api = new GiftCardApi(tenant);
    String anna = customer(tenant.client(), "Berger");
    String ben = customer(tenant.client(), "Ober");
    JsonObject card = api.create(new JsonObject().put("type", "DIGITAL").put("initialAmount", money(3_000))
        .put("customerId", anna)).expect(201).json();
    String id = card.getString("id");
    link(api, id, ben);
    String second = api.activeCard(500).getString("id");
    link(api, second, anna);
    long versionBefore = api.card(id).expect(200).json().getLong("version");

    tenant.client().delete("/api/v1/customers/" + anna).expect(204);

    JsonObject after = api.card(id).expect(200).json();
    assertEquals(new JsonArray().add(ben), after.getJsonArray("customerIds"), "only the archived customer goes");
    assertEquals(versionBefore + 1, after.getLong("version"));
    assertEquals(money(3_000), after.getJsonObject("balance"), "the money stays a liability");
    assertEquals(new JsonArray(), api.card(second).expect(200).json().getJsonArray("customerIds"));
    assertEquals(List.of(), cardsOf(api, anna));
    assertFalse(api.client().get(GiftCardApi.CARDS).expect(200).body().contains(anna), "no trace of the customer");
    api.post(id, activity("REDEEM", 1_000)).expect(201);
    api.lookup(card.getString("code")).expect(200);
    assertEquals(money(3_000 - 1_000 + 500),
        api.client().get(GiftCardApi.BASE + "/reports/liability").expect(200).json().getJsonObject("total"));
  }

  @Test
  void archiveUnlinksEvenWhenTheRestaurantHasDisabledThePluginSince() {
    TestTenant tenant = patron.newTenant();
    GiftCardApi api = new GiftCardApi(tenant);
    String anna = customer(tenant.client(), "Berger");
    String id = api.activeCard(1_000).getString("id");
    link(api, id, anna);

    setEnabled(tenant, false);
    Await.until(Duration.ofSeconds(10), () -> api.card(id).status(), status -> status == 404);
    tenant.client().delete("/api/v1/customers/" + anna).expect(204);
    setEnabled(tenant, true);

    JsonObject card = Await.until(Duration.ofSeconds(10), () -> api.card(id), answer -> answer.status() == 200).json();
    assertEquals(new JsonArray(), card.getJsonArray("customerIds"));
    assertEquals(money(1_000), card.getJsonObject("balance"));
  }

  @Test
  void keepsNoFieldsOnTheCustomer() {
    TestTenant tenant = patron.newTenant();
    Response refused = tenant.client().post("/api/v1/customers", new JsonObject().put("firstName", "Anna")
        .put("lastName", "Berger").put("extensions", new JsonObject().put("gift-cards",
            new JsonObject().put("cardCode", "4111111111111111")))).expect(400);
    assertEquals("gift-cards", refused.json().getString("plugin"));
    assertTrue(refused.fieldErrors().get(0).startsWith("extensions.gift-cards: gift cards keep no fields"), refused.body());
  }

  private static void setEnabled(TestTenant tenant, boolean enabled) {
    patron.admin().put("/api/v1/admin/tenants/" + tenant.id() + "/plugins/gift-cards",
        new JsonObject().put("enabled", enabled)).expect(200);
  }
}
