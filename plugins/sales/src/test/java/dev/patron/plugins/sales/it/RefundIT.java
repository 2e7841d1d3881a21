package dev.patron.plugins.sales.it;

import static dev.patron.plugins.sales.it.SalesApi.amount;
import static dev.patron.plugins.sales.it.SalesApi.eur;
import static dev.patron.plugins.sales.it.SalesApi.line;
import static dev.patron.plugins.sales.it.SalesApi.receipt;
import static dev.patron.plugins.sales.it.SalesApi.refundLines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.patron.testkit.Concurrently;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.Response;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Refunds are linked to their receipt and never give back more than was sold, even when tills race. */
class RefundIT {

  @RegisterExtension
  static PatronExtension patron = SalesApi.server();

  /** 5 × 4.00 and 0.375 kg × 19.90 = 7.46, 3.00 tip: total 27.46. */
  private static JsonObject lunch(String customer) {
    JsonObject body = receipt(customer, line("SOUP", 5, 400, 10), line("CHEESE", 0.375, 1990, 10)).put("tip", eur(300));
    body.getJsonArray("payments").getJsonObject(0).put("amount", eur(3046));
    return body;
  }

  @Test
  void aWholeRefundGivesEverythingBackOnce() {
    SalesApi api = new SalesApi(patron.newTenant());
    String customer = api.customer("Ana", "Berger");
    String id = api.recorded(lunch(customer)).getString("id");

    JsonObject refund = api.refund(id, new JsonObject()).expect(201).json();
    assertEquals(eur(2746), refund.getJsonObject("amount"));
    assertEquals(eur(300), refund.getJsonObject("tip"));
    assertEquals(true, refund.getBoolean("whole"));
    assertEquals(id, refund.getString("transactionId"));

    JsonObject receipt = api.transaction(id).expect(200).json();
    assertEquals(eur(2746), receipt.getJsonObject("refunded"));
    assertEquals(eur(300), receipt.getJsonObject("refundedTip"));
    assertEquals(new JsonArray().add(refund), receipt.getJsonArray("refunds"));
    assertEquals(5, receipt.getJsonArray("lines").getJsonObject(0).getInteger("refundedQuantity"));

    JsonObject refused = api.refund(id, new JsonObject()).expect(422).json();
    assertEquals("https://patron.dev/problems/nothing-to-refund", refused.getString("type"));
    assertEquals(eur(0), refused.getJsonObject("refundable"));
    api.refund(id, refundLines(1, 1)).expect(422);

    JsonObject statistics = api.statistics(customer);
    assertEquals(1, statistics.getLong("visits"), "a refund takes no visit away");
    assertEquals(eur(2746), statistics.getJsonObject("totalSpend"));
    assertEquals(eur(2746), statistics.getJsonObject("totalRefunds"));
    assertEquals(eur(0), statistics.getJsonObject("netSpend"));
    assertEquals(eur(0), statistics.getJsonObject("totalTips"));
    assertEquals(eur(0), statistics.getJsonObject("spendLast30Days"));
  }

  @Test
  void refundingLinesInPartsAddsUpToTheirShare() {
    SalesApi api = new SalesApi(patron.newTenant());
    JsonObject sale = api.recorded(lunch(null));
    String id = sale.getString("id");
    long cheeseShare = amount(sale.getJsonArray("lines").getJsonObject(1), "totalShare");

    long refunded = 0;
    for (double part : new double[] {0.1, 0.125, 0.15}) {
      refunded += amount(api.refund(id, refundLines(2, part)).expect(201).json(), "amount");
    }
    JsonObject tooMuch = api.refund(id, refundLines(2, 0.001)).expect(422).json();
    assertEquals("https://patron.dev/problems/refund-exceeds-sale", tooMuch.getString("type"));
    assertEquals("lines[0]", tooMuch.getJsonArray("errors").getJsonObject(0).getString("field"));
    assertEquals(cheeseShare, refunded, "0.1 + 0.125 + 0.15 = 0.375 kg: exactly the line's share");

    JsonObject over = api.refund(id, refundLines(1, 6)).expect(422).json();
    assertEquals(List.of("lines[0].quantity: only 5 of line 1 are left to refund"), api.refund(id, refundLines(1, 6))
        .expect(422).fieldErrors());
    assertEquals(eur(2746 - cheeseShare), over.getJsonObject("refundable"));
    assertEquals(List.of("lines[0].lineNumber: the receipt has no line 3 (it has 2)"),
        api.refund(id, refundLines(3, null)).expect(400).fieldErrors());
    assertEquals(List.of("lines[1].lineNumber: is listed twice"),
        api.refund(id, refundLines(1, 1, 1, 1)).expect(400).fieldErrors());
    assertEquals(List.of("refundedAt: must not be before the receipt was closed (" + sale.getString("closedAt") + ")"),
        api.refund(id, new JsonObject().put("refundedAt", Instant.parse(sale.getString("closedAt")).minusSeconds(1)
            .toString())).expect(400).fieldErrors());

    JsonObject rest = api.refund(id, new JsonObject()).expect(201).json();
    assertEquals(eur(2746 - cheeseShare), rest.getJsonObject("amount"), "the whole refund takes what is left");
    assertEquals(eur(2746), api.transaction(id).expect(200).json().getJsonObject("refunded"));
  }

  @Test
  void concurrentWholeRefundsRefundOnce() throws Exception {
    SalesApi api = new SalesApi(patron.newTenant());
    String customer = api.customer("Ben", "Ober");
    String id = api.recorded(lunch(customer)).getString("id");

    List<Response> answers = Concurrently.run(16, i -> api.refund(id, new JsonObject()));

    Map<Integer, Long> statuses = answers.stream().collect(Collectors.groupingBy(Response::status, Collectors.counting()));
    assertEquals(Map.of(201, 1L, 422, 15L), statuses);
    assertEquals(eur(2746), api.statistics(customer).getJsonObject("totalRefunds"));
    assertEquals(1, api.transaction(id).expect(200).json().getJsonArray("refunds").size());
  }

  @Test
  void concurrentLineRefundsNeverPassTheQuantitySold() throws Exception {
    SalesApi api = new SalesApi(patron.newTenant());
    String customer = api.customer("Cleo", "Nau");
    JsonObject sale = api.recorded(lunch(customer));
    String id = sale.getString("id");

    List<Response> answers = Concurrently.run(12, i -> api.refund(id, refundLines(1, 1)));

    assertEquals(5, answers.stream().filter(answer -> answer.status() == 201).count(), "five soups were sold");
    answers.stream().filter(answer -> answer.status() != 201).forEach(answer -> {
      answer.expect(422);
      assertEquals("https://patron.dev/problems/refund-exceeds-sale", answer.json().getString("type"));
    });
    long refunded = answers.stream().filter(answer -> answer.status() == 201)
        .mapToLong(answer -> amount(answer.json(), "amount")).sum();
    JsonObject receipt = api.transaction(id).expect(200).json();
    assertEquals(amount(sale.getJsonArray("lines").getJsonObject(0), "totalShare"), refunded);
    assertEquals(eur(refunded), receipt.getJsonObject("refunded"));
    assertEquals(5, receipt.getJsonArray("lines").getJsonObject(0).getInteger("refundedQuantity"));
    assertEquals(eur(refunded), api.statistics(customer).getJsonObject("totalRefunds"));
  }

  @Test
  void aRetriedRefundWithItsKeyIsMadeOnce() throws Exception {
    SalesApi api = new SalesApi(patron.newTenant());
    String id = api.recorded(lunch(null)).getString("id");

    List<Response> answers = Concurrently.run(6, i -> api.refund(id, refundLines(1, 2), "till-3-refund-7"));

    answers.forEach(answer -> answer.expect(201));
    assertEquals(1, answers.stream().map(answer -> answer.json().getString("id")).distinct().count());
    assertEquals(2, api.transaction(id).expect(200).json().getJsonArray("lines").getJsonObject(0)
        .getInteger("refundedQuantity"));
    api.refund(id, refundLines(1, 1), "till-3-refund-7").expect(409);
  }

  @Test
  void refundsAreRecordedAsEvents() {
    SalesApi api = new SalesApi(patron.newTenant());
    String customer = api.customer("Dora", "Weiss");
    JsonObject sale = api.recorded(lunch(customer));
    JsonObject refund = api.refund(sale.getString("id"), refundLines(1, 2)).expect(201).json();

    List<JsonObject> events = api.client().get("/api/v1/events?type=sales.*").expect(200).items();
    assertEquals(List.of("sales.transaction.recorded", "sales.transaction.refunded"),
        events.stream().map(event -> event.getString("type")).toList());
    events.forEach(event -> assertEquals(sale.getString("id"), event.getString("subjectId")));
    JsonObject recorded = events.get(0).getJsonObject("data");
    assertEquals(customer, recorded.getString("customerId"));
    assertEquals(eur(2746), recorded.getJsonObject("total"));
    assertEquals(eur(300), recorded.getJsonObject("tip"));
    JsonObject refunded = events.get(1).getJsonObject("data");
    assertEquals(refund.getString("id"), refunded.getString("refundId"));
    assertEquals(refund.getJsonObject("amount"), refunded.getJsonObject("amount"));
    assertEquals(refund.getJsonObject("amount"), refunded.getJsonObject("refunded"));
  }
}
