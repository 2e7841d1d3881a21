package dev.patron.plugins.sales.history;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What a customer bought of one product over a period, net of refunds: the quantity, and the
 * spend — the lines' shares of their receipts' totals, so order discounts, the service charge and
 * tax added on top are spread over the products, and all of a customer's products add up to their
 * net spend.
 *
 * @param name the name (and category) on the latest receipt with the product
 */
public record ProductTotal(String productId, String name, String category, BigDecimal quantity, long spend,
    long transactions, Instant lastBoughtAt) {
}
