package dev.patron.plugins.sales.receipt;

import java.util.UUID;

/**
 * A discount on the whole order, in minor units.
 *
 * @param discountId the discounts plugin's discount it applied, if any (stored as given)
 * @param name what the receipt called it, if anything
 */
public record OrderDiscount(UUID discountId, String name, long amount) {
}
