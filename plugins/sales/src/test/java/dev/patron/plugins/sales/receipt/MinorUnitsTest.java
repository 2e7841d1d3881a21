package dev.patron.plugins.sales.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MinorUnitsTest {

  @Test
  void aDecimalQuantityTimesAPriceIsRoundedHalfUp() {
    assertEquals(746, MinorUnits.times(new BigDecimal("0.375"), 1990), "746.25");
    assertEquals(2, MinorUnits.times(new BigDecimal("0.5"), 3), "1.5 goes up");
    assertEquals(1, MinorUnits.times(new BigDecimal("0.499"), 3), "1.497");
    assertEquals(125, MinorUnits.times(new BigDecimal("0.125"), 1000), "exact");
    assertEquals(0, MinorUnits.times(new BigDecimal("0.001"), 499), "0.499 goes down");
    assertEquals(1, MinorUnits.times(new BigDecimal("0.001"), 500), "0.5 goes up");
    assertEquals(0, MinorUnits.times(new BigDecimal("3"), 0));
    assertEquals(1_000_000_000_000_000L, MinorUnits.times(new BigDecimal("10000"), 100_000_000_000L), "the largest line");
  }

  @Test
  void aProportionIsRoundedHalfUp() {
    assertEquals(249, MinorUnits.proportion(746, new BigDecimal("0.125"), new BigDecimal("0.375")), "248.67");
    assertEquals(497, MinorUnits.proportion(746, new BigDecimal("0.25"), new BigDecimal("0.375")), "497.33");
    assertEquals(2, MinorUnits.proportion(3, BigDecimal.ONE, new BigDecimal("2")), "1.5 goes up");
    assertEquals(746, MinorUnits.proportion(746, new BigDecimal("0.375"), new BigDecimal("0.375")), "all of it, exactly");
  }

  @Test
  void formatsForPeople() {
    assertEquals("12.50 EUR", MinorUnits.format(1250, 2, "EUR"));
    assertEquals("-0.05 EUR", MinorUnits.format(-5, 2, "EUR"));
    assertEquals("1250 JPY", MinorUnits.format(1250, 0, "JPY"));
  }
}
