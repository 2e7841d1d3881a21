package dev.patron.plugins.giftcards;

import static dev.patron.plugins.giftcards.GiftCardApi.CARDS;
import static dev.patron.plugins.giftcards.GiftCardApi.activity;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.patron.testkit.PatronClient;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.Response;
import dev.patron.testkit.StaffAccounts;
import dev.patron.testkit.StaffAccounts.SignedIn;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Staff sell, load and redeem cards; correcting one (adjust, refund, reverse, deactivate) takes a manager. */
class StaffRolesIT {

  @RegisterExtension
  static PatronExtension patron = GiftCardApi.server();

  @Test
  void staffSellAndRedeemButOnlyManagersCorrectACard() {
    TestTenant tenant = patron.newTenant();
    SignedIn owner = StaffAccounts.owner(patron.admin(), tenant.id(), "owner@cards.example");
    PatronClient waiter = StaffAccounts.member(owner, "waiter@cards.example", "STAFF").client();
    PatronClient manager = StaffAccounts.member(owner, "manager@cards.example", "MANAGER").client();

    String id = waiter.post(CARDS, new JsonObject().put("type", "PHYSICAL")).expect(201).json().getString("id");
    String activities = CARDS + "/" + id + "/activities";
    waiter.post(activities, activity("ACTIVATE", 5_000)).expect(201);
    waiter.post(activities, activity("LOAD", 1_000)).expect(201);
    String redeemed = waiter.post(activities, activity("REDEEM", 2_500)).expect(201).json().getString("id");

    Response refused = waiter.post(activities, activity("ADJUST_INCREMENT", 100).put("reason", "goodwill")).expect(403);
    assertEquals("MANAGER", refused.json().getString("requiredRole"));
    waiter.post(activities, activity("REFUND", 500)).expect(403);
    waiter.post(activities, new JsonObject().put("type", "REVERSE").put("reversesActivityId", redeemed)).expect(403);
    waiter.post(activities, new JsonObject().put("type", "DEACTIVATE").put("reason", "lost")).expect(403);
    assertEquals(3_500, new GiftCardApi(tenant).balance(id), "the refusals changed nothing");

    manager.post(activities, activity("ADJUST_INCREMENT", 100).put("reason", "goodwill")).expect(201);
    manager.post(activities, new JsonObject().put("type", "REVERSE").put("reversesActivityId", redeemed)).expect(201);
    tenant.client().post(activities, activity("ADJUST_DECREMENT", 100).put("reason", "typo")).expect(201);
    assertEquals(6_000, new GiftCardApi(tenant).balance(id));
    waiter.get(GiftCardApi.BASE + "/reports/liability").expect(403);
    manager.get(GiftCardApi.BASE + "/reports/liability").expect(200);
  }
}
