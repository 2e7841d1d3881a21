package dev.patron.plugins.invoicing.invoice;

/** How a payment was received. */
public enum PaymentMethod {
  CASH,
  CARD,
  BANK_TRANSFER,
  OTHER
}
