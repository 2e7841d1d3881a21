package dev.patron.plugins.giftcards;

import static dev.patron.plugins.giftcards.GiftCardApi.activity;
import static dev.patron.plugins.giftcards.GiftCardApi.money;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A restaurant sees only its own cards: another's answer 404, as if they did not exist. */
class TenantIsolationIT {

  @RegisterExtension
  static PatronExtension patron = GiftCardApi.server();

  @Test
  void anotherRestaurantsCardsAnswer404Everywhere() {
    TestTenant owner = patron.newTenant();
    GiftCardApi mine = new GiftCardApi(owner);
    JsonObject card = mine.activeCard(2_000);
    String id = card.getString("id");
    String redeem = mine.post(id, activity("REDEEM", 500)).expect(201).json().getString("id");

    TestTenant otherTenant = patron.newTenant();
    GiftCardApi other = new GiftCardApi(otherTenant);
    String stranger = otherTenant.client().post("/api/v1/customers",
        new JsonObject().put("firstName", "Eva").put("lastName", "Fremd")).expect(201).json().getString("id");
    String ownCustomer = owner.client().post("/api/v1/customers",
        new JsonObject().put("firstName", "Ida").put("lastName", "Heim")).expect(201).json().getString("id");

    other.card(id).expect(404);
    other.client().get(GiftCardApi.CARDS + "/" + id + "/activities").expect(404);
    other.post(id, activity("REDEEM", 100)).expect(404);
    other.lookup(card.getString("code")).expect(404);
    other.client().put(GiftCardApi.CARDS + "/" + id + "/customers/" + stranger, new JsonObject()).expect(404);
    mine.client().put(GiftCardApi.CARDS + "/" + id + "/customers/" + stranger, new JsonObject()).expect(404);
    other.client().delete(GiftCardApi.CARDS + "/" + id + "/customers/" + ownCustomer).expect(404);
    assertEquals(List.of(), other.client().get(GiftCardApi.CARDS).expect(200).items());
    assertEquals(money(0), other.client().get(GiftCardApi.BASE + "/reports/liability").expect(200).json()
        .getJsonObject("total"));

    String otherCard = other.activeCard(1_000).getString("id");
    other.post(otherCard, new JsonObject().put("type", "REVERSE").put("reversesActivityId", redeem)).expect(422);
    mine.card("not-a-uuid").expect(404);
    assertEquals(1_500, mine.balance(id));
  }

  @Test
  void restaurantsThatDidNotEnableThePluginSeeNoRoutes() {
    TestTenant tenant = patron.newTenant();
    patron.admin().put("/api/v1/admin/tenants/" + tenant.id() + "/plugins/gift-cards",
        new JsonObject().put("enabled", false)).expect(200);
    new GiftCardApi(tenant).create(new JsonObject().put("type", "DIGITAL")).expect(404);
  }
}
