package dev.patron.plugins.invoicing.charge;

import dev.patron.api.money.Money;
import dev.patron.plugins.invoicing.InvoicingSettings;
import io.vertx.core.json.JsonObject;

/**
 * One line of a charge as the till rang it up: {@code amount} is {@code quantity × unitPrice}, with
 * VAT or without by the tenant's tax mode, at {@code taxRateBp} (1000 = 10 %). The rate is {@code
 * null} only on charges recorded before charges had lines: they take the default rate when invoiced.
 */
public record ChargeLine(String description, int quantity, long unitPrice, long amount, Integer taxRateBp) {

  /** The rate this line is billed at: its own, or {@code defaultRateBp} for a line recorded without one. */
  public int rateOr(int defaultRateBp) {
    return taxRateBp == null ? defaultRateBp : taxRateBp;
  }

  public JsonObject toJson(String currency) {
    return new JsonObject()
        .put("description", description)
        .put("quantity", quantity)
        .put("unitPrice", Money.toJson(unitPrice, currency))
        .put("amount", Money.toJson(amount, currency))
        .put("taxRate", taxRateBp == null ? null : InvoicingSettings.percent(taxRateBp));
  }
}
