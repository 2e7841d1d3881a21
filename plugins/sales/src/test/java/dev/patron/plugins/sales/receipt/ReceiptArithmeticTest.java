package dev.patron.plugins.sales.receipt;

import static dev.patron.plugins.sales.receipt.Sales.card;
import static dev.patron.plugins.sales.receipt.Sales.discount;
import static dev.patron.plugins.sales.receipt.Sales.line;
import static dev.patron.plugins.sales.receipt.Sales.sale;
import static dev.patron.plugins.sales.receipt.Sales.tax;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.api.problem.FieldError;
import dev.patron.api.problem.ProblemException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReceiptArithmeticTest {

  private final ReceiptArithmetic arithmetic = new ReceiptArithmetic(2, "EUR");

  @Test
  void pricesIncludingTaxAddUpWithoutTheTax() {
    // 2 × 4.50 = 9.00 and 0.375 kg × 19.90 = 7.4625 → 7.46; − 1.00 discount + 0.50 service = 15.96
    Sale sale = sale(List.of(line("2", 450, 0, "10"), line("0.375", 1990, 0, "20")), List.of(discount(100)), 50, 200,
        List.of(tax("10", 82), tax("20", 124)), 1596, List.of(card(1000), card(796)));
    PricedSale priced = arithmetic.check(sale, true);
    assertEquals(List.of(900L, 746L), priced.lineAmounts());
    assertEquals(1596, priced.totalShares().stream().mapToLong(Long::longValue).sum());
  }

  @Test
  void pricesExcludingTaxAddTheTaxOnTop() {
    Sale sale = sale(List.of(line("3", 1000, 500, "8.875")), List.of(), 0, 0, List.of(tax("8.875", 222)), 2722,
        List.of(card(2722)));
    assertEquals(List.of(2500L), arithmetic.check(sale, false).lineAmounts());
    ProblemException included = assertThrows(ProblemException.class, () -> arithmetic.check(sale, true));
    assertEquals(List.of("total"), fields(included));
    assertTrue(included.problem().errors().get(0).message().contains("must be 25.00 EUR"), included::getMessage);
  }

  @Test
  void aWrongTotalIsNamedWithTheSumItShouldBe() {
    Sale sale = sale(List.of(line("1", 1000, 0, "0")), List.of(discount(150)), 100, 0, List.of(), 1000, List.of(card(1000)));
    ProblemException refused = assertThrows(ProblemException.class, () -> arithmetic.check(sale, false));
    assertEquals(List.of("total"), fields(refused));
    assertEquals("must be 9.50 EUR: lines 10.00 EUR − discounts 1.50 EUR + service charge 1.00 EUR"
        + " + taxes 0.00 EUR (prices exclude tax)", refused.problem().errors().get(0).message());
  }

  @Test
  void paymentsMustBeTheTotalPlusTheTip() {
    Sale sale = sale(List.of(line("1", 1000, 0, "0")), List.of(), 0, 150, List.of(), 1000, List.of(card(1000)));
    ProblemException refused = assertThrows(ProblemException.class, () -> arithmetic.check(sale, true));
    assertEquals(List.of("payments"), fields(refused));
    assertEquals("add up to 10.00 EUR, but total 10.00 EUR + tip 1.50 EUR is 11.50 EUR",
        refused.problem().errors().get(0).message());
    arithmetic.check(sale(List.of(line("1", 1000, 0, "0")), List.of(), 0, 150, List.of(), 1000,
        List.of(card(1000), new Payment(PaymentMethod.CASH, 150, null))), true);
  }

  @Test
  void aLineAmountTheTillSentIsCheckedAndNamedByItsIndex() {
    SaleLine wrong = new SaleLine("P", "Cheese", null, new BigDecimal("0.375"), 1990, 0, BigDecimal.ZERO, 747L);
    SaleLine right = new SaleLine("P", "Cheese", null, new BigDecimal("0.375"), 1990, 0, BigDecimal.ZERO, 746L);
    ProblemException refused = assertThrows(ProblemException.class, () -> arithmetic.check(
        sale(List.of(right, wrong), List.of(), 0, 0, List.of(), 1492, List.of(card(1492))), true));
    assertEquals(List.of("lines[1].amount"), fields(refused));
    assertTrue(refused.problem().errors().get(0).message().startsWith("must be 7.46 EUR: quantity 0.375"),
        refused::getMessage);
  }

  @Test
  void aLineDiscountCannotExceedTheLinesPrice() {
    ProblemException refused = assertThrows(ProblemException.class, () -> arithmetic.check(
        sale(List.of(line("1", 500, 501, "0")), List.of(), 0, 0, List.of(), 0, List.of()), true));
    assertEquals(List.of("lines[0].lineDiscount"), fields(refused));
  }

  @Test
  void orderDiscountsCannotExceedTheLines() {
    ProblemException refused = assertThrows(ProblemException.class, () -> arithmetic.check(
        sale(List.of(line("1", 500, 0, "0")), List.of(discount(300), discount(300)), 100, 0, List.of(), 0, List.of()),
        true));
    assertEquals(List.of("discounts"), fields(refused));
  }

  @Test
  void taxesHaveOneEntryPerRateOfTheLines() {
    List<SaleLine> lines = List.of(line("1", 1000, 0, "10"), line("1", 1000, 0, "20.0"), line("1", 500, 0, "0"));
    ProblemException missing = assertThrows(ProblemException.class, () -> arithmetic.check(
        sale(lines, List.of(), 0, 0, List.of(tax("10", 91)), 2500, List.of(card(2500))), true));
    assertEquals(List.of("taxes"), fields(missing));
    assertTrue(missing.problem().errors().get(0).message().contains("20 % of lines[1].taxRate"), missing::getMessage);

    ProblemException foreign = assertThrows(ProblemException.class, () -> arithmetic.check(sale(lines, List.of(), 0, 0,
        List.of(tax("10", 91), tax("20", 167), tax("7", 1), tax("10.00", 0)), 2500, List.of(card(2500))), true));
    assertEquals(List.of("taxes[2].rate", "taxes[3].rate"), fields(foreign));

    arithmetic.check(sale(lines, List.of(), 0, 0, List.of(tax("20.000", 167), tax("10", 91), tax("0", 0)), 2500,
        List.of(card(2500))), true);
  }

  @Test
  void includedTaxesCannotExceedTheTotal() {
    ProblemException refused = assertThrows(ProblemException.class, () -> arithmetic.check(
        sale(List.of(line("1", 100, 0, "20")), List.of(), 0, 0, List.of(tax("20", 101)), 100, List.of(card(100))), true));
    assertEquals(List.of("taxes"), fields(refused));
  }

  @Test
  void everyFieldThatDoesNotAddUpIsNamedAtOnce() {
    ProblemException refused = assertThrows(ProblemException.class, () -> arithmetic.check(
        sale(List.of(line("1", 100, 0, "0")), List.of(), 0, 0, List.of(), 90, List.of(card(80))), true));
    assertEquals(List.of("total", "payments"), fields(refused));
  }

  @Test
  void aMistypedTotalWhosePaymentsMatchTheLinesIsOneMistake() {
    ProblemException refused = assertThrows(ProblemException.class, () -> arithmetic.check(
        sale(List.of(line("1", 1000, 0, "0")), List.of(), 0, 100, List.of(), 1001, List.of(card(1100))), true));
    assertEquals(List.of("total"), fields(refused));
  }

  private static List<String> fields(ProblemException e) {
    assertEquals(400, e.problem().status());
    return e.problem().errors().stream().map(FieldError::field).toList();
  }
}
