package dev.patron.plugins.sales.receipt;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Sales for unit tests, built up one field at a time. */
final class Sales {

  static final Instant CLOSED = Instant.parse("2026-11-20T19:30:00Z");

  private Sales() {
  }

  static SaleLine line(String quantity, long unitPrice, long discount, String rate) {
    return new SaleLine("P", "Product", null, new BigDecimal(quantity), unitPrice, discount, new BigDecimal(rate), null);
  }

  static Sale sale(List<SaleLine> lines, List<OrderDiscount> discounts, long serviceCharge, long tip,
      List<TaxAmount> taxes, long total, List<Payment> payments) {
    return new Sale("R-1", null, CLOSED, null, null, null, null, lines, discounts, serviceCharge, tip, taxes, total,
        payments);
  }

  static TaxAmount tax(String rate, long amount) {
    return new TaxAmount(new BigDecimal(rate), amount);
  }

  static Payment card(long amount) {
    return new Payment(PaymentMethod.CARD, amount, null);
  }

  static OrderDiscount discount(long amount) {
    return new OrderDiscount(null, null, amount);
  }
}
