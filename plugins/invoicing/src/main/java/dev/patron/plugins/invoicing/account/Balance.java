package dev.patron.plugins.invoicing.account;

import dev.patron.api.money.Money;
import dev.patron.plugins.invoicing.support.MoneyText;
import io.vertx.core.json.JsonObject;
import java.util.UUID;

/**
 * What a customer owes: charges not invoiced yet, plus what is still open on unpaid invoices
 * (total minus payments and credit notes of OPEN, PARTIALLY_PAID and OVERDUE invoices), of which
 * {@code overdueInvoices} is past its due date. Amounts in minor units.
 */
public record Balance(long pendingCharges, long openInvoices, long overdueInvoices) {

  public long total() {
    return pendingCharges + openInvoices;
  }

  public boolean isSettled() {
    return total() == 0;
  }

  /** Whether adding {@code amount} keeps the balance within {@code creditLimit} ({@code null}: no limit). */
  public boolean allows(long amount, Long creditLimit) {
    return creditLimit == null || total() + amount <= creditLimit;
  }

  /**
   * What can still be charged within {@code creditLimit} ({@code null}: no limit, and so is the
   * answer): never below 0.
   */
  public Long creditAvailable(Long creditLimit) {
    return creditLimit == null ? null : Math.max(0, creditLimit - total());
  }

  /** E.g. "42.00 EUR (pending charges 10.00 EUR, unpaid invoices 32.00 EUR)". */
  public String describe(String currency) {
    return MoneyText.format(total(), currency) + " (pending charges " + MoneyText.format(pendingCharges, currency)
        + ", unpaid invoices " + MoneyText.format(openInvoices, currency) + ")";
  }

  public JsonObject toJson(UUID customerId, String currency) {
    return new JsonObject()
        .put("customerId", customerId.toString())
        .put("pendingCharges", Money.toJson(pendingCharges, currency))
        .put("openInvoices", Money.toJson(openInvoices, currency))
        .put("overdueInvoices", Money.toJson(overdueInvoices, currency))
        .put("balance", Money.toJson(total(), currency));
  }
}
