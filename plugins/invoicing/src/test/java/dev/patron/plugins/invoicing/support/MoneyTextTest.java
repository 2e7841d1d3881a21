package dev.patron.plugins.invoicing.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MoneyTextTest {

  @Test
  void usesTheCurrencysDecimalPlaces() {
    assertEquals("42.50 EUR", MoneyText.format(4250, "EUR"));
    assertEquals("0.05 EUR", MoneyText.format(5, "EUR"));
    assertEquals("4250 JPY", MoneyText.format(4250, "JPY"));
    assertEquals("1.234 KWD", MoneyText.format(1234, "KWD"));
  }
}
