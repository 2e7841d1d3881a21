package dev.patron.plugins.giftcards;

import static dev.patron.plugins.giftcards.GiftCardApi.activity;
import static dev.patron.plugins.giftcards.GiftCardApi.money;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.Response;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A POS that retries with its Idempotency-Key never charges a card twice. */
class IdempotencyIT {

  @RegisterExtension
  static PatronExtension patron = GiftCardApi.server();

  @Test
  void theSameKeyTwiceRecordsOneActivityAndReplaysTheAnswer() {
    GiftCardApi api = new GiftCardApi(patron.newTenant());
    String id = api.activeCard(5_000).getString("id");
    Response first = api.post(id, activity("REDEEM", 1_200), "receipt-1").expect(201);
    Response retry = api.post(id, activity("REDEEM", 1_200), "receipt-1").expect(201);
    assertNull(first.header("Idempotent-Replayed"));
    assertEquals("true", retry.header("Idempotent-Replayed"));
    assertEquals(first.json(), retry.json());
    assertEquals(3_800, api.balance(id));
    assertEquals(2, api.activities(id, 10).size());

    // A new key is a new sale.
    api.post(id, activity("REDEEM", 1_200), "receipt-2").expect(201);
    assertEquals(2_600, api.balance(id));
  }

  @Test
  void theSameKeyWithAnotherRequestIsAConflict() {
    GiftCardApi api = new GiftCardApi(patron.newTenant());
    String id = api.activeCard(5_000).getString("id");
    api.post(id, activity("REDEEM", 1_000), "receipt-7").expect(201);
    Response conflict = api.post(id, activity("REDEEM", 2_000), "receipt-7").expect(409);
    assertEquals("https://patron.dev/problems/idempotency-key-reused", conflict.json().getString("type"));
    String other = api.activeCard(5_000).getString("id");
    api.post(other, activity("REDEEM", 1_000), "receipt-7").expect(409);
    assertEquals(4_000, api.balance(id));
    assertEquals(5_000, api.balance(other));
  }

  @Test
  void aRefusedActivityIsNotStoredSoItsRetryIsJudgedAfresh() {
    GiftCardApi api = new GiftCardApi(patron.newTenant());
    String id = api.activeCard(1_000).getString("id");
    api.post(id, activity("REDEEM", 1_500), "receipt-9").expect(422);
    api.post(id, activity("LOAD", 1_000)).expect(201);
    api.post(id, activity("REDEEM", 1_500), "receipt-9").expect(201);
    assertEquals(500, api.balance(id));
  }

  @Test
  void aRetriedSaleIssuesOneCardAndShowsItsCodeAgain() {
    GiftCardApi api = new GiftCardApi(patron.newTenant());
    JsonObject body = new JsonObject().put("type", "DIGITAL").put("initialAmount", money(2_000));
    Map<String, String> key = Map.of("Idempotency-Key", "sale-88");
    JsonObject first = api.client().post(GiftCardApi.CARDS, body, key).expect(201).json();
    Response retry = api.client().post(GiftCardApi.CARDS, body, key).expect(201);
    assertEquals("true", retry.header("Idempotent-Replayed"));
    assertEquals(first.getString("code"), retry.json().getString("code"), "the buyer who lost the answer gets the code");
    assertEquals(1, api.client().get(GiftCardApi.CARDS).expect(200).items().size());
  }
}
