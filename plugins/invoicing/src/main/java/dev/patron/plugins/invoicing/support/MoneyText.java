package dev.patron.plugins.invoicing.support;

import java.math.BigDecimal;
import java.util.Currency;

/** Money as people read it, e.g. {@code 42.50 EUR}: for problem details and printed invoices. */
public final class MoneyText {

  private MoneyText() {
  }

  /** {@code minorUnits} of {@code currency} with the currency's decimal places. */
  public static String format(long minorUnits, String currency) {
    return BigDecimal.valueOf(minorUnits, digits(currency)).toPlainString() + " " + currency;
  }

  /** Digits after the decimal point of {@code currency} (2 for EUR, 0 for JPY). */
  public static int digits(String currency) {
    return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
  }
}
