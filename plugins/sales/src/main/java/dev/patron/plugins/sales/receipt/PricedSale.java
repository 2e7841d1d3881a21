package dev.patron.plugins.sales.receipt;

import java.util.List;

/**
 * A sale whose figures add up: each line's amount and its share of the total, as {@link
 * ReceiptArithmetic} computed them.
 *
 * @param lineAmounts per line, {@code round(quantity × unitPrice) − lineDiscount}
 * @param totalShares per line, its part of {@code total}; they add up to {@code total} exactly
 */
public record PricedSale(Sale sale, boolean pricesIncludeTax, List<Long> lineAmounts, List<Long> totalShares) {

  public PricedSale {
    lineAmounts = List.copyOf(lineAmounts);
    totalShares = List.copyOf(totalShares);
  }
}
