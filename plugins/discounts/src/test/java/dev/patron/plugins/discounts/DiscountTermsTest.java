package dev.patron.plugins.discounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.api.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DiscountTermsTest {

  private static final Instant FROM = Instant.parse("2026-06-01T00:00:00Z");
  private static final Instant UNTIL = Instant.parse("2026-09-01T00:00:00Z");

  private static DiscountTerms percent(String percentage) {
    return new DiscountTerms("P", "P", new BigDecimal(percentage), null, null, null, true);
  }

  private static DiscountTerms fixed(long amount) {
    return new DiscountTerms("F", "F", null, new Money(amount, "EUR"), null, null, true);
  }

  @Test
  void roundsAPercentageHalfEvenToTheMinorUnit() {
    assertEquals(52, percent("5").amountOff(1050), "52.5 rounds to the even 52");
    assertEquals(58, percent("5").amountOff(1150), "57.5 rounds to the even 58");
    assertEquals(53, percent("5").amountOff(1051), "52.55 rounds up");
    assertEquals(125, percent("12.5").amountOff(1000));
    assertEquals(4, percent("33.33").amountOff(13), "4.3329 rounds down");
    assertEquals(0, percent("0").amountOff(999));
    assertEquals(999, percent("100").amountOff(999));
    assertEquals(0, percent("10").amountOff(0));
  }

  @Test
  void capsAFixedAmountAtTheSubtotal() {
    assertEquals(500, fixed(500).amountOff(2000));
    assertEquals(1500, fixed(2000).amountOff(1500), "never more than the order");
    assertEquals(0, fixed(2000).amountOff(0));
  }

  @Test
  void appliesOnlyWhileActiveAndInsideItsWindow() {
    DiscountTerms summer = new DiscountTerms("S", "S", BigDecimal.TEN, null, FROM, UNTIL, true);
    assertEquals(Applicability.NOT_YET_VALID, summer.applicability(FROM.minusMillis(1)));
    assertEquals(Applicability.APPLICABLE, summer.applicability(FROM), "validFrom is inclusive");
    assertEquals(Applicability.APPLICABLE, summer.applicability(UNTIL.minusMillis(1)));
    assertEquals(Applicability.EXPIRED, summer.applicability(UNTIL), "validUntil is exclusive");
    assertTrue(summer.expiredAt(UNTIL));
    assertFalse(summer.expiredAt(FROM.minusSeconds(60)), "not yet valid is not expired");

    DiscountTerms paused = new DiscountTerms("S", "S", BigDecimal.TEN, null, FROM, UNTIL, false);
    assertEquals(Applicability.INACTIVE, paused.applicability(FROM));
    assertEquals(Applicability.APPLICABLE, percent("10").applicability(Instant.EPOCH), "no window: always");
  }
}
