package dev.patron.plugins.invoicing.invoice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * An invoice's amounts in minor units: tax is the rate (in basis points, 1000 = 10.00 %) of the
 * subtotal, rounded half-even to a whole minor unit, and the total is subtotal plus tax.
 */
public record InvoiceTotals(long subtotal, int taxRateBasisPoints, long tax, long total) {

  public static InvoiceTotals of(List<Long> lineAmounts, int taxRateBasisPoints) {
    long subtotal = lineAmounts.stream().mapToLong(Long::longValue).reduce(0L, Math::addExact);
    long tax = BigDecimal.valueOf(subtotal)
        .multiply(BigDecimal.valueOf(taxRateBasisPoints))
        .divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_EVEN)
        .longValueExact();
    return new InvoiceTotals(subtotal, taxRateBasisPoints, tax, Math.addExact(subtotal, tax));
  }
}
