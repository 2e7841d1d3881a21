package dev.patron.plugins.invoicing.invoice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.patron.api.problem.FieldError;
import dev.patron.api.problem.ProblemException;
import dev.patron.plugins.invoicing.charge.ChargeDraft;
import dev.patron.plugins.invoicing.charge.ChargeLine;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bodies of charge and payment requests. */
class DraftsTest {

  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

  @Test
  void readsACharge() {
    ChargeDraft draft = ChargeDraft.read(new JsonObject().put("amount", new JsonObject().put("amount", 2500))
        .put("description", " Dinner ").put("orderReference", "POS-1").put("occurredAt", "2026-01-31T18:30:00Z"), "EUR", NOW, 1000);
    assertEquals(new ChargeDraft(2500, "Dinner", "POS-1", Instant.parse("2026-01-31T18:30:00Z"),
        List.of(new ChargeLine("Dinner", 1, 2500, 2500, 1000))), draft);
  }

  @Test
  void refusesAChargeInAnotherCurrencyOrOfNothing() {
    assertEquals(List.of("amount.currency: must be EUR, the restaurant's currency", "description: is required",
            "orderReference: is required"),
        errors(() -> ChargeDraft.read(new JsonObject().put("amount",
            new JsonObject().put("amount", 100).put("currency", "USD")), "EUR", NOW, 1000)));
    assertEquals(List.of("amount.amount: must be between 1 and 100000000000", "orderReference: is required"),
        errors(() -> ChargeDraft.read(new JsonObject().put("amount", new JsonObject().put("amount", 0))
            .put("description", "x"), "EUR", NOW, 1000)));
  }

  @Test
  void aChargeNeedsAnAmountOrLinesEvenWhenLinesIsNull() {
    JsonObject charge = new JsonObject().put("description", "Dinner").put("orderReference", "POS-1");
    assertEquals(List.of("amount: is required (or lines)"), errors(() -> ChargeDraft.read(charge, "EUR", NOW, 1000)));
    assertEquals(List.of("amount: is required (or lines)"),
        errors(() -> ChargeDraft.read(charge.copy().putNull("lines"), "EUR", NOW, 1000)));
    assertEquals(List.of("lines: must have at least one line"),
        errors(() -> ChargeDraft.read(charge.copy().put("lines", new JsonArray()), "EUR", NOW, 1000)));
  }

  @Test
  void aChargeOrPaymentMayBeDatedAtMostFiveMinutesAhead() {
    JsonObject charge = new JsonObject().put("amount", new JsonObject().put("amount", 100)).put("description", "x")
        .put("orderReference", "POS-1");
    assertEquals(NOW.plusSeconds(300),
        ChargeDraft.read(charge.copy().put("occurredAt", "2026-03-01T12:05:00Z"), "EUR", NOW, 1000).occurredAt(),
        "a till's clock a little fast is tolerated");
    assertEquals(List.of("occurredAt: must not be in the future"),
        errors(() -> ChargeDraft.read(charge.copy().put("occurredAt", "2026-03-01T12:05:01Z"), "EUR", NOW, 1000)));
    assertEquals(List.of("occurredAt: must not be before 2000-01-01T00:00:00Z"),
        errors(() -> ChargeDraft.read(charge.copy().put("occurredAt", "1999-12-31T23:59:59Z"), "EUR", NOW, 1000)));

    JsonObject payment = new JsonObject().put("amount", new JsonObject().put("amount", 100)).put("method", "CASH");
    assertEquals(NOW.plusSeconds(300),
        PaymentDraft.read(payment.copy().put("receivedAt", "2026-03-01T13:05:00+01:00"), "EUR", NOW).receivedAt());
    assertEquals(List.of("receivedAt: must not be in the future"),
        errors(() -> PaymentDraft.read(payment.copy().put("receivedAt", "2099-01-01T00:00:00Z"), "EUR", NOW)));
  }

  @Test
  void readsAPayment() {
    PaymentDraft draft = PaymentDraft.read(new JsonObject().put("amount", new JsonObject().put("amount", 100))
        .put("method", "CARD"), "EUR", NOW);
    assertEquals(100, draft.amount());
    assertEquals(PaymentMethod.CARD, draft.method());
    assertNull(draft.receivedAt());
  }

  @Test
  void refusesAPaymentWithoutAmountOrMethod() {
    assertEquals(List.of("amount: is required", "method: must be one of CASH, CARD, BANK_TRANSFER, OTHER",
            "unknown: unknown field"),
        errors(() -> PaymentDraft.read(new JsonObject().put("method", "CHEQUE").put("unknown", true), "EUR", NOW)));
  }

  private static List<String> errors(Runnable read) {
    ProblemException problem = assertThrows(ProblemException.class, read::run);
    return problem.problem().errors().stream().map(DraftsTest::text).toList();
  }

  private static String text(FieldError error) {
    return error.field() + ": " + error.message();
  }
}
