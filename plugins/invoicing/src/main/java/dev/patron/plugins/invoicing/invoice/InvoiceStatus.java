package dev.patron.plugins.invoicing.invoice;

/** OPEN → PARTIALLY_PAID → PAID as payments arrive; OPEN → VOID while nothing was paid. */
public enum InvoiceStatus {
  OPEN,
  PARTIALLY_PAID,
  PAID,
  VOID;

  public boolean acceptsPayments() {
    return this == OPEN || this == PARTIALLY_PAID;
  }

  /** The status of a non-void invoice of {@code total} after {@code paid} was received. */
  public static InvoiceStatus settledBy(long paid, long total) {
    if (paid >= total) {
      return PAID;
    }
    return paid == 0 ? OPEN : PARTIALLY_PAID;
  }
}
