package dev.patron.plugins.sales.transaction;

import dev.patron.api.tenant.Tenant;
import dev.patron.plugins.sales.receipt.OrderDiscount;
import dev.patron.plugins.sales.receipt.Payment;
import dev.patron.plugins.sales.receipt.PricedSale;
import dev.patron.plugins.sales.receipt.Sale;
import dev.patron.plugins.sales.receipt.SaleLine;
import dev.patron.plugins.sales.receipt.TaxAmount;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A recorded receipt with its lines and refunds. Money in minor units of {@code currency}.
 *
 * @param customerId {@code null} for a walk-in guest, and once the customer was archived
 * @param customerDetached whether the customer was archived (the receipt stays, without them)
 * @param closedOn the restaurant's date at {@code closedAt}, fixed when recorded
 * @param refundedTotal the part of {@code total} refunded so far
 * @param refundedTip the part of {@code tip} refunded so far
 */
public record Transaction(
    UUID id,
    String receiptId,
    UUID customerId,
    boolean customerDetached,
    Instant closedAt,
    LocalDate closedOn,
    String location,
    String register,
    String staff,
    UUID orderProfileId,
    boolean pricesIncludeTax,
    String currency,
    List<TransactionLine> lines,
    List<OrderDiscount> discounts,
    long serviceCharge,
    long tip,
    List<TaxAmount> taxes,
    long total,
    List<Payment> payments,
    long refundedTotal,
    long refundedTip,
    List<Refund> refunds,
    Instant createdAt) {

  public Transaction {
    lines = List.copyOf(lines);
    discounts = List.copyOf(discounts);
    taxes = List.copyOf(taxes);
    payments = List.copyOf(payments);
    refunds = List.copyOf(refunds);
  }

  /**
   * The restaurant's sale about to be stored now, under a new id: in its currency, closed on the
   * day its close falls on in the restaurant's time zone.
   */
  public static Transaction recordedNow(Tenant tenant, PricedSale priced, Instant now) {
    LocalDate closedOn = LocalDate.ofInstant(priced.sale().closedAt(), tenant.zone());
    return recorded(UUID.randomUUID(), priced, tenant.currency(), closedOn, now);
  }

  /** A sale about to be stored, nothing refunded yet. */
  public static Transaction recorded(UUID id, PricedSale priced, String currency, LocalDate closedOn, Instant createdAt) {
    Sale sale = priced.sale();
    List<TransactionLine> lines = new ArrayList<>();
    for (int i = 0; i < sale.lines().size(); i++) {
      SaleLine line = sale.lines().get(i);
      lines.add(new TransactionLine(i + 1, line.productId(), line.name(), line.category(), line.quantity(),
          line.unitPrice(), line.lineDiscount(), line.taxRate(), priced.lineAmounts().get(i),
          priced.totalShares().get(i), BigDecimal.ZERO, 0));
    }
    return new Transaction(id, sale.receiptId(), sale.customerId(), false, sale.closedAt(), closedOn, sale.location(),
        sale.register(), sale.staff(), sale.orderProfileId(), priced.pricesIncludeTax(), currency, lines,
        sale.discounts(), sale.serviceCharge(), sale.tip(), sale.taxes(), sale.total(), sale.payments(), 0, 0, List.of(),
        createdAt);
  }

  /** The same receipt with its lines and refunds as read from their tables. */
  public Transaction with(List<TransactionLine> storedLines, List<Refund> storedRefunds) {
    return new Transaction(id, receiptId, customerId, customerDetached, closedAt, closedOn, location, register, staff,
        orderProfileId, pricesIncludeTax, currency, storedLines, discounts, serviceCharge, tip, taxes, total, payments,
        refundedTotal, refundedTip, storedRefunds, createdAt);
  }

  public long totalLeft() {
    return total - refundedTotal;
  }

  public long tipLeft() {
    return tip - refundedTip;
  }
}
