package dev.patron.plugins.sales.receipt;

import java.math.BigDecimal;

/**
 * A line of a receipt as the POS sent it.
 *
 * @param quantity positive, up to three decimals (weighed items: {@code 0.375} kg)
 * @param unitPrice minor units per unit
 * @param lineDiscount minor units off this line's price
 * @param taxRate percent
 * @param declaredAmount the line's amount if the POS sent it, to be checked; {@code null} otherwise
 */
public record SaleLine(String productId, String name, String category, BigDecimal quantity, long unitPrice,
    long lineDiscount, BigDecimal taxRate, Long declaredAmount) {
}
