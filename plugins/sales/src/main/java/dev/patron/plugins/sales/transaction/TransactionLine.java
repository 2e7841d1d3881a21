package dev.patron.plugins.sales.transaction;

import java.math.BigDecimal;

/**
 * A stored line of a receipt.
 *
 * @param amount {@code round(quantity × unitPrice) − lineDiscount}
 * @param totalShare the line's part of the receipt's total: what refunding all of it gives back
 * @param refundedQuantity how much of {@code quantity} was refunded so far
 * @param refundedAmount how much of {@code totalShare} was refunded so far
 */
public record TransactionLine(int lineNumber, String productId, String name, String category, BigDecimal quantity,
    long unitPrice, long lineDiscount, BigDecimal taxRate, long amount, long totalShare, BigDecimal refundedQuantity,
    long refundedAmount) {

  public BigDecimal quantityLeft() {
    return quantity.subtract(refundedQuantity);
  }

  public boolean fullyRefunded() {
    return refundedQuantity.compareTo(quantity) >= 0;
  }
}
