package dev.patron.plugins.support;

import java.math.BigDecimal;

/** Percentages as clients see them: {@code 12.5}, not {@code 12.50} or {@code 1.25E+1}. */
public final class Decimals {

  private Decimals() {
  }

  /** {@code value} without trailing zeros and never in exponent notation; {@code null} stays {@code null}. */
  public static BigDecimal plain(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
