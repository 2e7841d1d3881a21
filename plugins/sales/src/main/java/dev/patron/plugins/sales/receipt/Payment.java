package dev.patron.plugins.sales.receipt;

/**
 * One payment of a receipt, in minor units.
 *
 * @param reference what the payment points to elsewhere, e.g. a gift-card activity id or an
 *     invoicing charge id; {@code null} when none
 */
public record Payment(PaymentMethod method, long amount, String reference) {
}
