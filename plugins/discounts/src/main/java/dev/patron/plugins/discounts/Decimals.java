package dev.patron.plugins.discounts;

import java.math.BigDecimal;

/** Percentages as clients see them: {@code 12.5}, not {@code 12.50} or {@code 1.25E+1}. */
final class Decimals {

  private Decimals() {
  }

  static BigDecimal plain(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
