package dev.patron.plugins.sales.receipt;

import dev.patron.api.event.Actor;
import java.util.List;

/**
 * A sale whose figures add up: each line's amount and its share of the total, as {@link
 * ReceiptArithmetic} computed them.
 *
 * @param lineAmounts per line, {@code round(quantity × unitPrice) − lineDiscount}
 * @param totalShares per line, its part of {@code total}; they add up to {@code total} exactly
 * @param postedBy who posted it, for its event; {@code null} leaves it to the host (a history import)
 */
public record PricedSale(Sale sale, boolean pricesIncludeTax, List<Long> lineAmounts, List<Long> totalShares,
    Actor postedBy) {

  public PricedSale {
    lineAmounts = List.copyOf(lineAmounts);
    totalShares = List.copyOf(totalShares);
  }

  public PricedSale(Sale sale, boolean pricesIncludeTax, List<Long> lineAmounts, List<Long> totalShares) {
    this(sale, pricesIncludeTax, lineAmounts, totalShares, null);
  }

  /** The same sale, posted by {@code actor}. */
  public PricedSale postedBy(Actor actor) {
    return new PricedSale(sale, pricesIncludeTax, lineAmounts, totalShares, actor);
  }
}
