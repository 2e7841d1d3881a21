package dev.patron.plugins.invoicing.tax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TaxCalculatorTest {

  private static TaxCalculation inclusive(TaxedLine... lines) {
    return TaxCalculator.calculate(TaxMode.INCLUSIVE, List.of(lines));
  }

  private static TaxCalculation exclusive(TaxedLine... lines) {
    return TaxCalculator.calculate(TaxMode.EXCLUSIVE, List.of(lines));
  }

  @Test
  void aDinnerPricedWithVatIsBilledAtThePriceWithTheVatTakenOut() {
    Totals totals = inclusive(new TaxedLine(2500, 1000)).totals();
    assertEquals(List.of(new RateTotal(1000, 2273, 227)), totals.rates());
    assertEquals(2500, totals.total(), "the guest paid 25.00; the invoice says 25.00");
    assertEquals(0, totals.rounding());
  }

  @Test
  void pricesWithoutVatGetVatAddedPerRate() {
    Totals totals = exclusive(new TaxedLine(2500, 1000), new TaxedLine(1250, 1000), new TaxedLine(999, 700)).totals();
    assertEquals(List.of(new RateTotal(700, 999, 70), new RateTotal(1000, 3750, 375)), totals.rates());
    assertEquals(4749, totals.subtotal());
    assertEquals(445, totals.tax());
    assertEquals(5194, totals.total());
  }

  @Test
  void foodAndDrinksAtTheirOwnRatesInAustria() {
    TaxCalculation calculation = inclusive(new TaxedLine(1890, 1000), new TaxedLine(650, 2000),
        new TaxedLine(420, 1000), new TaxedLine(380, 2000));
    Totals totals = calculation.totals();
    // 23.10 of food: net 21.00, VAT 2.10; 10.30 of drinks: net 8.58, VAT 1.72.
    assertEquals(List.of(new RateTotal(1000, 2100, 210), new RateTotal(2000, 858, 172)), totals.rates());
    assertEquals(3340, totals.total());
    assertEquals(List.of(1718L, 541L, 382L, 317L), calculation.lineNets());
  }

  @Test
  void vatIsRoundedHalfUpOncePerRateNotPerLine() {
    // Three lines of 0.05 at 10 %: 0.005 each would round to 0.01 three times; per rate it is 0.02.
    Totals totals = exclusive(new TaxedLine(5, 1000), new TaxedLine(5, 1000), new TaxedLine(5, 1000)).totals();
    assertEquals(2, totals.tax());
    assertEquals(1, TaxCalculator.vat(5, 1000), "0.5 rounds up");
    assertEquals(75, TaxCalculator.vat(999, 750), "74.925 rounds to 75");
    assertEquals(0, TaxCalculator.vat(999, 0));
  }

  @Test
  void aGrossNoNetCanReachLeavesACentAsRounding() {
    // At 10 %, a net of 4 carries no VAT (4) and one of 5 carries a cent (6): nothing makes 5.
    Totals totals = inclusive(new TaxedLine(5, 1000)).totals();
    assertEquals(List.of(new RateTotal(1000, 5, 1)), totals.rates());
    assertEquals(-1, totals.rounding());
    assertEquals(5, totals.total());
  }

  @Test
  void linesShareTheirRatesNetExactly() {
    TaxCalculation calculation = inclusive(new TaxedLine(100, 1900), new TaxedLine(100, 1900),
        new TaxedLine(100, 1900));
    assertEquals(252, calculation.totals().rates().get(0).net());
    assertEquals(List.of(84L, 84L, 84L), calculation.lineNets());
    TaxCalculation uneven = inclusive(new TaxedLine(1, 700), new TaxedLine(1, 700), new TaxedLine(999, 700));
    assertEquals(uneven.totals().subtotal(), uneven.lineNets().stream().mapToLong(Long::longValue).sum());
  }

  @Test
  void everyInclusiveTotalIsWhatTheTillChargedAndEveryFigureAddsUp() {
    Random random = new Random(42);
    int[] rates = {0, 500, 700, 1000, 1300, 1900, 2000, 2100};
    for (int round = 0; round < 5_000; round++) {
      List<TaxedLine> lines = new ArrayList<>();
      long till = 0;
      for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
        long amount = 1 + random.nextInt(random.nextBoolean() ? 100 : 100_000);
        lines.add(new TaxedLine(amount, rates[random.nextInt(rates.length)]));
        till += amount;
      }
      TaxCalculation calculation = TaxCalculator.calculate(TaxMode.INCLUSIVE, lines);
      Totals totals = calculation.totals();
      assertEquals(till, totals.total());
      assertTrue(Math.abs(totals.rounding()) <= totals.rates().size(), () -> "rounding " + totals.rounding());
      assertEquals(totals.subtotal(), calculation.lineNets().stream().mapToLong(Long::longValue).sum());
      for (RateTotal rate : totals.rates()) {
        assertEquals(TaxCalculator.vat(rate.net(), rate.rateBp()), rate.tax(), "VAT is the net times the rate");
      }
      for (int i = 0; i < lines.size(); i++) {
        assertTrue(calculation.lineNets().get(i) <= lines.get(i).amount(), "a line's net never exceeds its price");
      }
    }
  }

  @Test
  void noVatAtAZeroRate() {
    Totals totals = inclusive(new TaxedLine(999, 0)).totals();
    assertEquals(999, totals.subtotal());
    assertEquals(0, totals.tax());
    assertEquals(999, totals.total());
  }
}
