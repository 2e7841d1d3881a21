package dev.patron.plugins.sales.receipt;

import dev.patron.api.problem.FieldError;
import dev.patron.api.problem.Problems;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that a receipt's figures add up, to the minor unit, and names each field that does not:
 *
 * <ul>
 *   <li>each line: {@code amount = round(quantity × unitPrice) − lineDiscount} ({@link MinorUnits}),
 *       the discount no more than the price;
 *   <li>{@code total = lines − discounts + serviceCharge (+ taxes when prices exclude tax)};
 *   <li>{@code payments = total + tip}.
 * </ul>
 *
 * <p>Taxes are checked against the lines' rates (one entry per rate a line has, no other), not
 * recomputed: tills round tax per line or per receipt, and both are lawful. Where prices include
 * tax, the taxes are part of the total and cannot exceed it.
 */
public final class ReceiptArithmetic {

  private final int digits;
  private final String currency;

  /** @param digits decimals of {@code currency}, for amounts in messages */
  public ReceiptArithmetic(int digits, String currency) {
    this.digits = digits;
    this.currency = currency;
  }

  /** The sale with its line amounts and shares; a 400 naming every field that does not add up. */
  public PricedSale check(Sale sale, boolean pricesIncludeTax) {
    List<FieldError> errors = new ArrayList<>();
    List<Long> amounts = lineAmounts(sale.lines(), errors);
    long lines = sum(amounts);
    long discounts = sale.discounts().stream().mapToLong(OrderDiscount::amount).sum();
    if (discounts > lines) {
      errors.add(new FieldError("discounts", "add up to " + money(discounts) + ", more than the lines' " + money(lines)));
    }
    checkTaxRates(sale, errors);
    if (!errors.isEmpty()) {
      throw Problems.validation(errors);
    }
    long taxes = sale.taxes().stream().mapToLong(TaxAmount::amount).sum();
    long expectedTotal = lines - discounts + sale.serviceCharge() + (pricesIncludeTax ? 0 : taxes);
    if (sale.total() != expectedTotal) {
      errors.add(new FieldError("total", "must be " + money(expectedTotal) + ": lines " + money(lines)
          + " − discounts " + money(discounts) + " + service charge " + money(sale.serviceCharge())
          + (pricesIncludeTax ? " (prices include tax)" : " + taxes " + money(taxes) + " (prices exclude tax)")));
    } else if (pricesIncludeTax && taxes > sale.total()) {
      errors.add(new FieldError("taxes", "add up to " + money(taxes) + ", more than the total of "
          + money(sale.total()) + " that includes them"));
    }
    long paid = sale.payments().stream().mapToLong(Payment::amount).sum();
    // A mistyped total whose payments match the lines is one mistake, reported once (on total).
    boolean paysTheLines = sale.total() != expectedTotal && paid == expectedTotal + sale.tip();
    if (paid != sale.total() + sale.tip() && !paysTheLines) {
      errors.add(new FieldError("payments", "add up to " + money(paid) + ", but total " + money(sale.total())
          + " + tip " + money(sale.tip()) + " is " + money(sale.total() + sale.tip())));
    }
    if (!errors.isEmpty()) {
      throw Problems.validation(errors);
    }
    return new PricedSale(sale, pricesIncludeTax, amounts, TotalShares.split(sale.total(), amounts));
  }

  private List<Long> lineAmounts(List<SaleLine> lines, List<FieldError> errors) {
    List<Long> amounts = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      SaleLine line = lines.get(i);
      long price = MinorUnits.times(line.quantity(), line.unitPrice());
      long amount = price - line.lineDiscount();
      if (amount < 0) {
        errors.add(new FieldError(line(i, "lineDiscount"), "must not exceed the line's price of " + money(price)
            + " (quantity × unit price, rounded half up)"));
        amount = 0;
      } else if (line.declaredAmount() != null && line.declaredAmount() != amount) {
        errors.add(new FieldError(line(i, "amount"), "must be " + money(amount) + ": quantity "
            + line.quantity().toPlainString() + " × unit price " + money(line.unitPrice()) + " = " + money(price)
            + " (rounded half up) − line discount " + money(line.lineDiscount())));
      }
      amounts.add(amount);
    }
    return amounts;
  }

  /** One tax entry per rate that a line has (a rate of 0 may be left out), and none for another rate. */
  private static void checkTaxRates(Sale sale, List<FieldError> errors) {
    Map<BigDecimal, Integer> lineRates = new LinkedHashMap<>();
    for (int i = 0; i < sale.lines().size(); i++) {
      lineRates.putIfAbsent(key(sale.lines().get(i).taxRate()), i);
    }
    Set<BigDecimal> listed = new HashSet<>();
    for (int i = 0; i < sale.taxes().size(); i++) {
      BigDecimal rate = key(sale.taxes().get(i).rate());
      if (!listed.add(rate)) {
        errors.add(new FieldError("taxes[" + i + "].rate", "is listed twice"));
      } else if (!lineRates.containsKey(rate)) {
        errors.add(new FieldError("taxes[" + i + "].rate", "no line has the tax rate " + rate.toPlainString() + " %"));
      }
    }
    lineRates.forEach((rate, line) -> {
      if (rate.signum() > 0 && !listed.contains(rate)) {
        errors.add(new FieldError("taxes", "has no entry for the rate " + rate.toPlainString() + " % of "
            + line(line, "taxRate")));
      }
    });
  }

  private static BigDecimal key(BigDecimal rate) {
    BigDecimal stripped = rate.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static String line(int index, String field) {
    return "lines[" + index + "]." + field;
  }

  private static long sum(List<Long> amounts) {
    return amounts.stream().mapToLong(Long::longValue).sum();
  }

  private String money(long amount) {
    return MinorUnits.format(amount, digits, currency);
  }
}
