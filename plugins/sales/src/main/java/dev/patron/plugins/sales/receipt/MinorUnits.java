package dev.patron.plugins.sales.receipt;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one rounding rule of the plugin, and amounts written for people.
 *
 * <p>A decimal quantity times a price in minor units is rounded to a whole minor unit <b>half
 * up</b> (0.5 goes up; amounts are never negative, so this is also half away from zero): 0.375 kg
 * at 1 990 per kg is 746.25, so 746; 0.125 × 1 000 = 125; 0.5 × 3 = 1.5, so 2. Each line is
 * rounded on its own, before its line discount is subtracted, as a till prints it.
 */
public final class MinorUnits {

  private MinorUnits() {
  }

  /** {@code quantity × unitPrice}, rounded half up to a whole minor unit. */
  public static long times(BigDecimal quantity, long unitPrice) {
    return quantity.multiply(BigDecimal.valueOf(unitPrice)).setScale(0, RoundingMode.HALF_UP).longValueExact();
  }

  /** {@code amount × part / whole}, rounded half up; {@code whole} is positive. */
  public static long proportion(long amount, BigDecimal part, BigDecimal whole) {
    return BigDecimal.valueOf(amount).multiply(part).divide(whole, 0, RoundingMode.HALF_UP).longValueExact();
  }

  /** {@code 1250} in a two-decimal currency as {@code 12.50 EUR}. */
  public static String format(long amount, int digits, String currency) {
    return BigDecimal.valueOf(amount, digits).toPlainString() + " " + currency;
  }
}
