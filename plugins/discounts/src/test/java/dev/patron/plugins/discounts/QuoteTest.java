package dev.patron.plugins.discounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.patron.api.money.Money;
import dev.patron.api.problem.ProblemException;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class QuoteTest {

  private static final Instant NOW = Instant.parse("2026-07-01T12:00:00Z");

  private static Discount discount(DiscountTerms terms) {
    return new Discount(UUID.randomUUID(), terms, 1, NOW, NOW);
  }

  @Test
  void totalsTheOrder() {
    Discount tenPercent = discount(new DiscountTerms("T", "TEN", BigDecimal.TEN, null, null, null, true));
    JsonObject json = Quote.of(tenPercent, Quote.Source.CODE, new Money(2345, "EUR")).toJson();
    assertEquals(new JsonObject().put("amount", 234).put("currency", "EUR"), json.getJsonObject("discountAmount"));
    assertEquals(new JsonObject().put("amount", 2111).put("currency", "EUR"), json.getJsonObject("total"));
    assertEquals("code", json.getString("source"));

    JsonObject none = Quote.none(new Money(900, "EUR")).toJson();
    assertEquals(900, none.getJsonObject("total").getLong("amount"));
    assertEquals(0, none.getJsonObject("discountAmount").getLong("amount"));
    assertEquals(null, none.getValue("discount"));
  }

  @Test
  void aFixedAmountNeverTakesTheTotalBelowZero() {
    Discount voucher = discount(new DiscountTerms("V", "V", null, new Money(5000, "EUR"), null, null, true));
    Quote quote = Quote.of(voucher, Quote.Source.CUSTOMER_DEFAULT, new Money(1200, "EUR"));
    assertEquals(1200, quote.discountAmount());
    assertEquals(0, quote.total());
  }

  @Test
  void saysWhyACodeCannotBeUsed() {
    Instant later = NOW.plusSeconds(3600);
    assertEquals("unknown-discount-code", refusal(null));
    assertEquals("discount-inactive", refusal(new DiscountTerms("X", "X", BigDecimal.ONE, null, null, null, false)));
    assertEquals("discount-not-yet-valid", refusal(new DiscountTerms("X", "X", BigDecimal.ONE, null, later, null, true)));
    assertEquals("discount-expired", refusal(new DiscountTerms("X", "X", BigDecimal.ONE, null, null, NOW, true)));
  }

  private static String refusal(DiscountTerms terms) {
    ProblemException problem = assertThrows(ProblemException.class,
        () -> QuoteService.checkUsable(terms == null ? null : discount(terms), "X", NOW));
    assertEquals(422, problem.problem().status());
    return problem.problem().code();
  }

  @Test
  void readsTheRequest() {
    UUID customer = UUID.randomUUID();
    QuoteRequest request = QuoteRequest.read(new JsonObject().put("customerId", customer.toString())
        .put("subtotal", new JsonObject().put("amount", 1000).put("currency", "EUR")).put("code", " summer "), "EUR");
    assertEquals(new QuoteRequest(customer, new Money(1000, "EUR"), "SUMMER"), request);

    ProblemException invalid = assertThrows(ProblemException.class,
        () -> QuoteRequest.read(new JsonObject().put("subtotal", new JsonObject().put("amount", -1)).put("tip", 5), "EUR"));
    assertEquals(List.of("subtotal.amount: must be between 0 and 1000000000000", "tip: unknown field"),
        invalid.problem().errors().stream().map(e -> e.field() + ": " + e.message()).toList());
  }

  @Test
  void aWalkInGuestNeedsNoCustomer() {
    QuoteRequest request = QuoteRequest.read(new JsonObject().put("code", "staff")
        .put("subtotal", new JsonObject().put("amount", 1000)), "EUR");
    assertEquals(new QuoteRequest(null, new Money(1000, "EUR"), "STAFF"), request);
  }
}
