package dev.patron.plugins.discounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.api.money.Money;
import dev.patron.api.problem.ProblemException;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiscountReaderTest {

  private static JsonObject base() {
    return new JsonObject().put("name", "Staff").put("code", "staff-10");
  }

  private static List<String> errors(JsonObject json) {
    ProblemException problem = assertThrows(ProblemException.class, () -> DiscountReader.read(json, "EUR"));
    assertEquals(400, problem.problem().status());
    return problem.problem().errors().stream().map(e -> e.field() + ": " + e.message()).toList();
  }

  @Test
  void readsAPercentageDiscount() {
    DiscountTerms terms = DiscountReader.read(base().put("percentage", 10.5)
        .put("validFrom", "2026-06-01T02:00:00+02:00"), "EUR");
    assertEquals("STAFF-10", terms.code());
    assertEquals(new BigDecimal("10.5"), terms.percentage());
    assertNull(terms.fixedAmount());
    assertEquals(Instant.parse("2026-06-01T00:00:00Z"), terms.validFrom(), "kept in UTC");
    assertTrue(terms.active());
  }

  @Test
  void readsAFixedAmountInTheRestaurantsCurrency() {
    DiscountTerms terms = DiscountReader.read(base().put("fixedAmount", new JsonObject().put("amount", 500)), "EUR");
    assertEquals(new Money(500, "EUR"), terms.fixedAmount());
    assertEquals(List.of("fixedAmount.currency: must be EUR, the restaurant's currency"),
        errors(base().put("fixedAmount", new JsonObject().put("amount", 500).put("currency", "USD"))));
    assertEquals(List.of("fixedAmount.amount: must be between 1 and 1000000000000"),
        errors(base().put("fixedAmount", new JsonObject().put("amount", 0))));
  }

  @Test
  void wantsExactlyOneKindOfDiscount() {
    assertEquals(List.of("percentage: is required unless fixedAmount is given"), errors(base()));
    assertEquals(List.of("fixedAmount: cannot be combined with percentage: a discount is one or the other"),
        errors(base().put("percentage", 5).put("fixedAmount", new JsonObject().put("amount", 100))));
  }

  @Test
  void boundsThePercentage() {
    assertEquals(List.of("percentage: must be between 0 and 100"), errors(base().put("percentage", 100.5)));
    assertEquals(List.of("percentage: must have at most 2 decimal places"), errors(base().put("percentage", 9.999)));
    assertEquals(List.of("percentage: must be a number"), errors(base().put("percentage", "10")));
  }

  @Test
  void checksTheWindowAndEveryOtherField() {
    assertEquals(List.of("validUntil: must be after validFrom"), errors(base().put("percentage", 5)
        .put("validFrom", "2026-06-01T00:00:00Z").put("validUntil", "2026-06-01T00:00:00Z")));
    assertEquals(List.of("version: is read-only", "name: is required",
            "code: must be letters A-Z, digits, '-' or '_', starting with a letter or digit",
            "validFrom: must be an RFC 3339 timestamp such as 2026-01-31T18:30:00Z", "active: must be true or false",
            "kind: unknown field"),
        errors(new JsonObject().put("code", "-x").put("percentage", 5).put("validFrom", "tomorrow")
            .put("active", 1).put("kind", "staff").put("version", 2)));
  }

  @Test
  void writableFieldsReadBackUnchanged() {
    DiscountTerms terms = DiscountReader.read(base().put("fixedAmount", new JsonObject().put("amount", 250))
        .put("validUntil", "2026-12-31T23:00:00.123456789Z").put("active", false), "EUR");
    assertEquals(Instant.parse("2026-12-31T23:00:00.123456Z"), terms.validUntil(), "stored at microseconds");
    assertEquals(terms, DiscountReader.read(terms.toJson(), "EUR"));
  }
}
