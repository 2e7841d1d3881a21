package dev.patron.plugins.sales.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.patron.api.problem.ProblemException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SaleReaderTest {

  private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
  private final SaleReader reader = new SaleReader("EUR");

  private static JsonObject eur(long amount) {
    return new JsonObject().put("amount", amount);
  }

  private static JsonObject body() {
    return new JsonObject()
        .put("receiptId", " T1-0042 ")
        .put("closedAt", "2026-11-21T09:58:00+01:00")
        .put("location", "Terrace")
        .put("lines", new JsonArray().add(new JsonObject().put("productId", "CHEESE").put("name", "Cheese")
            .put("quantity", 0.375).put("unitPrice", eur(1990)).put("taxRate", 10)))
        .put("total", eur(746))
        .put("payments", new JsonArray().add(new JsonObject().put("method", "CASH").put("amount", eur(746))));
  }

  @Test
  void readsAReceipt() {
    Sale sale = reader.read(body(), NOW);
    assertEquals("T1-0042", sale.receiptId());
    assertEquals(Instant.parse("2026-11-21T08:58:00Z"), sale.closedAt());
    assertEquals(new BigDecimal("0.375"), sale.lines().get(0).quantity());
    assertEquals(0, sale.lines().get(0).lineDiscount());
    assertNull(sale.lines().get(0).declaredAmount());
    assertEquals(0, sale.tip());
    assertEquals(List.of(), sale.taxes());
    assertEquals(PaymentMethod.CASH, sale.payments().get(0).method());
  }

  @Test
  void namesEveryInvalidFieldWithItsPathIntoArrays() {
    JsonObject body = body().put("closedAt", "2026-11-21T10:06:00Z").put("tip", eur(-1)).put("colour", "red");
    body.getJsonArray("lines").getJsonObject(0).put("quantity", 0.0001).put("taxRate", 101).put("extra", 1)
        .put("unitPrice", new JsonObject().put("amount", 5).put("currency", "USD"));
    body.getJsonArray("lines").add("not an object");
    body.getJsonArray("payments").getJsonObject(0).put("method", "CHEQUE").remove("amount");
    ProblemException refused = assertThrows(ProblemException.class, () -> reader.read(body, NOW));
    assertEquals(List.of(
        "closedAt: must not be in the future",
        "lines[0].quantity: must have at most 3 decimal places",
        "lines[0].unitPrice.currency: must be EUR, the restaurant's currency",
        "lines[0].taxRate: must be between 0 and 100",
        "lines[0].extra: unknown field",
        "lines[1]: must be an object",
        "tip.amount: must be between 0 and 100000000000",
        "payments[0].method: must be one of CASH, CARD, GIFT_CARD, ON_ACCOUNT, OTHER",
        "payments[0].amount: is required",
        "colour: unknown field"), messages(refused));
  }

  @Test
  void requiresTheReceiptsEssentials() {
    ProblemException refused = assertThrows(ProblemException.class, () -> reader.read(new JsonObject()
        .put("lines", new JsonArray()), NOW));
    assertEquals(List.of("receiptId: is required", "closedAt: is required", "lines: must have at least 1 entry",
        "total: is required", "payments: is required (an empty list when nothing was paid)"), messages(refused));
  }

  @Test
  void boundsWhatAReceiptCarries() {
    JsonObject body = body();
    JsonArray lines = new JsonArray();
    for (int i = 0; i <= SaleLimits.MAX_LINES; i++) {
      lines.add(body.getJsonArray("lines").getJsonObject(0));
    }
    body.put("lines", lines).put("closedAt", "1999-12-31T23:59:59Z").put("receiptId", "x".repeat(101));
    ProblemException refused = assertThrows(ProblemException.class, () -> reader.read(body, NOW));
    assertEquals(List.of("receiptId: must be at most 100 characters", "closedAt: must not be before 2000-01-01T00:00:00Z",
        "lines: must have at most 500 entries"), messages(refused));
  }

  private static List<String> messages(ProblemException e) {
    return e.problem().errors().stream().map(error -> error.field() + ": " + error.message()).toList();
  }
}
