package dev.patron.plugins.sales.receipt;

/** How a guest paid. {@code ON_ACCOUNT} is a charge to the customer's account (invoicing plugin). */
public enum PaymentMethod {
  CASH,
  CARD,
  GIFT_CARD,
  ON_ACCOUNT,
  OTHER
}
