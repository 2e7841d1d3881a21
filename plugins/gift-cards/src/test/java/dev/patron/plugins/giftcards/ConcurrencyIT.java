package dev.patron.plugins.giftcards;

import static dev.patron.plugins.giftcards.GiftCardApi.activity;
import static dev.patron.plugins.giftcards.GiftCardApi.money;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.patron.testkit.Concurrently;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.Response;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Many tills on one card at once: the rules hold because each activity locks the card. */
class ConcurrencyIT {

  @RegisterExtension
  static PatronExtension patron = GiftCardApi.server();

  @Test
  void concurrentRedeemsNeverSpendMoreThanTheBalance() throws Exception {
    GiftCardApi api = new GiftCardApi(patron.newTenant());
    String id = api.activeCard(7_500).getString("id");

    List<Response> answers = Concurrently.run(20, i -> api.post(id, activity("REDEEM", 1_000)));

    Map<Integer, Long> statuses = answers.stream().collect(Collectors.groupingBy(Response::status, Collectors.counting()));
    assertEquals(Map.of(201, 7L, 422, 13L), statuses, "exactly the redeems the balance covers succeed");
    answers.stream().filter(answer -> answer.status() == 422).forEach(answer -> {
      assertEquals("https://patron.dev/problems/insufficient-balance", answer.json().getString("type"));
      assertEquals(money(500), answer.json().getJsonObject("balance"), "each refusal saw the balance left");
    });
    assertEquals(500, api.balance(id));
    assertEquals(8, api.activities(id, 50).size());
    api.assertLedgerMatchesBalance(id);
  }

  @Test
  void concurrentLoadsNeverPassTheMaximum() throws Exception {
    GiftCardApi api = new GiftCardApi(patron.newTenant());
    String id = api.activeCard(45_000).getString("id");

    List<Response> answers = Concurrently.run(10, i -> api.post(id, activity("LOAD", 2_000)));

    assertEquals(2, answers.stream().filter(answer -> answer.status() == 201).count());
    assertEquals(8, answers.stream().filter(answer -> answer.status() == 422).count());
    assertEquals(49_000, api.balance(id));
    api.assertLedgerMatchesBalance(id);
  }

  @Test
  void concurrentRetriesOfOneRedeemChargeOnce() throws Exception {
    GiftCardApi api = new GiftCardApi(patron.newTenant());
    String id = api.activeCard(5_000).getString("id");

    List<Response> answers = Concurrently.run(6, i -> api.post(id, activity("REDEEM", 1_500), "till-3-receipt-42"));

    answers.forEach(answer -> answer.expect(201));
    assertEquals(1, answers.stream().map(answer -> answer.json().getString("id")).distinct().count(),
        "every retry got the same activity");
    assertEquals(5, answers.stream().filter(answer -> "true".equals(answer.header("Idempotent-Replayed"))).count());
    assertEquals(3_500, api.balance(id));
    assertEquals(2, api.activities(id, 50).size());
  }

  @Test
  void concurrentLinksNeverPassTenCustomersPerCard() throws Exception {
    GiftCardApi api = new GiftCardApi(patron.newTenant());
    String id = api.activeCard(1_000).getString("id");
    List<String> customers = new ArrayList<>();
    for (int i = 0; i < 15; i++) {
      customers.add(api.client().post("/api/v1/customers", new JsonObject().put("firstName", "Guest")
          .put("lastName", "No " + i)).expect(201).json().getString("id"));
    }

    List<Response> answers = Concurrently.run(15, i -> api.client()
        .put(GiftCardApi.CARDS + "/" + id + "/customers/" + customers.get(i), new JsonObject()));

    Map<Integer, Long> statuses = answers.stream().collect(Collectors.groupingBy(Response::status, Collectors.counting()));
    assertEquals(Map.of(200, 10L, 422, 5L), statuses, "exactly ten links fit on the card");
    answers.stream().filter(answer -> answer.status() == 422).forEach(answer ->
        assertEquals("https://patron.dev/problems/too-many-customers", answer.json().getString("type")));
    JsonObject card = api.card(id).expect(200).json();
    assertEquals(10, card.getJsonArray("customerIds").size());
    assertEquals(11, card.getLong("version"), "one new version per link that succeeded");
  }
}
