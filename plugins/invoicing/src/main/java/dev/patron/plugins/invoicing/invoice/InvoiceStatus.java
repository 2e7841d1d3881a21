package dev.patron.plugins.invoicing.invoice;

/**
 * OPEN → PARTIALLY_PAID → PAID as payments arrive; OPEN or PARTIALLY_PAID → OVERDUE the day after
 * the due date, and OVERDUE → PAID when the rest arrives. Credit notes lower what is owed: an
 * invoice credited in full with nothing paid is CREDITED, one settled by payments and credit notes
 * together is PAID. VOID is an invoice reversed by a credit note before anything was paid, its
 * charges pending again.
 */
public enum InvoiceStatus {
  OPEN,
  PARTIALLY_PAID,
  OVERDUE,
  PAID,
  CREDITED,
  VOID;

  /** Whether something is still owed on an invoice in this status: it takes payments and credit notes. */
  public boolean isOutstanding() {
    return this == OPEN || this == PARTIALLY_PAID || this == OVERDUE;
  }

  /** The status of an outstanding invoice of {@code total} once {@code paid} was received and {@code credited} taken off. */
  public InvoiceStatus settledBy(long paid, long credited, long total) {
    if (paid + credited >= total) {
      return paid == 0 ? CREDITED : PAID;
    }
    if (this == OVERDUE) {
      return OVERDUE;
    }
    return paid == 0 ? OPEN : PARTIALLY_PAID;
  }
}
