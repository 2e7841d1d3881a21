package dev.patron.plugins.invoicing.invoice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class InvoiceTotalsTest {

  @Test
  void addsTheLinesAndTaxOnTheSubtotal() {
    InvoiceTotals totals = InvoiceTotals.of(List.of(2500L, 1250L), 1000);
    assertEquals(new InvoiceTotals(3750, 1000, 375, 4125), totals);
  }

  @Test
  void roundsTaxHalfEvenToWholeMinorUnits() {
    assertEquals(100, InvoiceTotals.of(List.of(1005L), 1000).tax(), "100.5 rounds to the even 100");
    assertEquals(102, InvoiceTotals.of(List.of(1015L), 1000).tax(), "101.5 rounds to the even 102");
    assertEquals(75, InvoiceTotals.of(List.of(999L), 750).tax(), "74.925 rounds to 75");
  }

  @Test
  void noTaxWhenTheRateIsZero() {
    InvoiceTotals totals = InvoiceTotals.of(List.of(999L), 0);
    assertEquals(0, totals.tax());
    assertEquals(999, totals.total());
  }
}
