package dev.patron.plugins.invoicing.invoice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InvoiceStatusTest {

  @Test
  void followsWhatWasPaid() {
    assertEquals(InvoiceStatus.OPEN, InvoiceStatus.settledBy(0, 1000));
    assertEquals(InvoiceStatus.PARTIALLY_PAID, InvoiceStatus.settledBy(1, 1000));
    assertEquals(InvoiceStatus.PAID, InvoiceStatus.settledBy(1000, 1000));
  }

  @Test
  void onlyUnpaidInvoicesTakePayments() {
    assertTrue(InvoiceStatus.OPEN.acceptsPayments());
    assertTrue(InvoiceStatus.PARTIALLY_PAID.acceptsPayments());
    assertFalse(InvoiceStatus.PAID.acceptsPayments());
    assertFalse(InvoiceStatus.VOID.acceptsPayments());
  }
}
