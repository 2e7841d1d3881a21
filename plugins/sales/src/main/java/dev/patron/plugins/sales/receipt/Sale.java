package dev.patron.plugins.sales.receipt;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A closed receipt as the POS posted it, every field read and in range, not yet checked to add
 * up ({@link ReceiptArithmetic}). Money in minor units of the restaurant's currency.
 */
public record Sale(
    String receiptId,
    UUID customerId,
    Instant closedAt,
    String location,
    String register,
    String staff,
    UUID orderProfileId,
    List<SaleLine> lines,
    List<OrderDiscount> discounts,
    long serviceCharge,
    long tip,
    List<TaxAmount> taxes,
    long total,
    List<Payment> payments) {

  public Sale {
    lines = List.copyOf(lines);
    discounts = List.copyOf(discounts);
    taxes = List.copyOf(taxes);
    payments = List.copyOf(payments);
  }
}
