package dev.patron.plugins.sales.it;

import static dev.patron.plugins.sales.it.SalesApi.eur;
import static dev.patron.plugins.sales.it.SalesApi.line;
import static dev.patron.plugins.sales.it.SalesApi.receipt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.patron.testkit.Concurrently;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.Response;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A receipt is recorded once, however often the POS sends it. */
class IdempotencyIT {

  @RegisterExtension
  static PatronExtension patron = SalesApi.server();

  @Test
  void postingTheSameReceiptAgainAnswersTheStoredTransaction() {
    SalesApi api = new SalesApi(patron.newTenant());
    String customer = api.customer("Ana", "Berger");
    JsonObject body = receipt(customer, line("TEA", 1.5, 300, 10));
    JsonObject first = api.post(body).expect(201).json();

    // The same receipt, written otherwise: member order, 1.50 for 1.5, the currency left out, the amount given.
    JsonObject again = new JsonObject();
    body.fieldNames().stream().sorted().forEach(name -> again.put(name, body.getValue(name)));
    again.getJsonArray("lines").getJsonObject(0).put("quantity", 1.50).put("amount", eur(450))
        .put("unitPrice", new JsonObject().put("amount", 300));
    Response replay = api.post(again).expect(200);
    assertEquals(first, replay.json());
    assertNull(replay.header("Location"));

    assertEquals(1, api.statistics(customer).getLong("visits"), "counted once");
    assertEquals(1, api.history(customer, "", 10).size());
    assertEquals(1, api.client().get("/api/v1/events?type=sales.transaction.recorded").expect(200).items().size());
  }

  @Test
  void theSameReceiptIdWithOtherContentsIsAConflict() {
    SalesApi api = new SalesApi(patron.newTenant());
    String customer = api.customer("Ben", "Ober");
    JsonObject body = receipt(customer, line("TEA", 1, 300, 10));
    String id = api.post(body).expect(201).json().getString("id");

    JsonObject other = receipt(customer, line("TEA", 2, 300, 10)).put("receiptId", body.getString("receiptId"));
    JsonObject problem = api.post(other).expect(409).json();
    assertEquals("https://patron.dev/problems/receipt-id-taken", problem.getString("type"));
    assertEquals(id, problem.getString("transactionId"));
    assertEquals(List.of("receiptId: was recorded before with other contents"), api.post(other).expect(409).fieldErrors());

    String someoneElse = api.customer("Cleo", "Nau");
    api.post(body.copy().put("customerId", someoneElse)).expect(409);
    api.post(body.copy().putNull("customerId")).expect(409);
    assertEquals(0, api.statistics(someoneElse).getLong("visits"));
  }

  @Test
  void concurrentPostsOfOneReceiptRecordItOnce() throws Exception {
    SalesApi api = new SalesApi(patron.newTenant());
    String customer = api.customer("Dora", "Weiss");
    JsonObject body = receipt(customer, line("SCHNITZEL", 1, 1890, 10), line("BEER", 2, 520, 20));

    List<Response> answers = Concurrently.run(12, i -> api.post(body));

    Map<Integer, Long> statuses = answers.stream().collect(Collectors.groupingBy(Response::status, Collectors.counting()));
    assertEquals(Map.of(201, 1L, 200, 11L), statuses);
    assertEquals(1, answers.stream().map(answer -> answer.json().getString("id")).distinct().count());
    JsonObject statistics = api.statistics(customer);
    assertEquals(1, statistics.getLong("visits"));
    assertEquals(eur(2930), statistics.getJsonObject("totalSpend"));
  }

  @Test
  void anIdempotencyKeyReplaysTheFirstAnswer() {
    SalesApi api = new SalesApi(patron.newTenant());
    JsonObject body = receipt(null, line("TEA", 1, 300, 10));
    Map<String, String> key = Map.of("Idempotency-Key", "till-1-42");
    Response first = api.client().post(SalesApi.TRANSACTIONS, body, key).expect(201);
    Response again = api.client().post(SalesApi.TRANSACTIONS, body, key).expect(201);
    assertEquals("true", again.header("Idempotent-Replayed"));
    assertEquals(first.json(), again.json());
    assertEquals(first.header("Location"), again.header("Location"));
    api.client().post(SalesApi.TRANSACTIONS, receipt(null, line("TEA", 2, 300, 10)), key).expect(409);
  }
}
