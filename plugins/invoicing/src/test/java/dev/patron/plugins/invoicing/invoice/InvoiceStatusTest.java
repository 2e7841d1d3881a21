package dev.patron.plugins.invoicing.invoice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InvoiceStatusTest {

  @Test
  void followsWhatWasPaidAndCredited() {
    assertEquals(InvoiceStatus.OPEN, InvoiceStatus.OPEN.settledBy(0, 0, 1000));
    assertEquals(InvoiceStatus.PARTIALLY_PAID, InvoiceStatus.OPEN.settledBy(1, 0, 1000));
    assertEquals(InvoiceStatus.PAID, InvoiceStatus.PARTIALLY_PAID.settledBy(1000, 0, 1000));
    assertEquals(InvoiceStatus.OPEN, InvoiceStatus.OPEN.settledBy(0, 400, 1000), "credited in part, nothing paid");
    assertEquals(InvoiceStatus.CREDITED, InvoiceStatus.OPEN.settledBy(0, 1000, 1000));
    assertEquals(InvoiceStatus.PAID, InvoiceStatus.PARTIALLY_PAID.settledBy(600, 400, 1000));
  }

  @Test
  void anOverdueInvoiceStaysOverdueUntilSettled() {
    assertEquals(InvoiceStatus.OVERDUE, InvoiceStatus.OVERDUE.settledBy(500, 0, 1000));
    assertEquals(InvoiceStatus.OVERDUE, InvoiceStatus.OVERDUE.settledBy(0, 500, 1000));
    assertEquals(InvoiceStatus.PAID, InvoiceStatus.OVERDUE.settledBy(1000, 0, 1000));
  }

  @Test
  void onlyOutstandingInvoicesTakePaymentsAndCredits() {
    assertTrue(InvoiceStatus.OPEN.isOutstanding());
    assertTrue(InvoiceStatus.PARTIALLY_PAID.isOutstanding());
    assertTrue(InvoiceStatus.OVERDUE.isOutstanding());
    assertFalse(InvoiceStatus.PAID.isOutstanding());
    assertFalse(InvoiceStatus.CREDITED.isOutstanding());
    assertFalse(InvoiceStatus.VOID.isOutstanding());
  }
}
