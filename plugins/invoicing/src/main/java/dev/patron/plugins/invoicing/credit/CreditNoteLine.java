package dev.patron.plugins.invoicing.credit;

import dev.patron.api.money.Money;
import dev.patron.plugins.invoicing.InvoicingSettings;
import io.vertx.core.json.JsonObject;

/** One line a credit note takes back: of invoice line {@code invoicePosition}, {@code amount} as priced. */
public record CreditNoteLine(int position, int invoicePosition, String description, long amount, int taxRateBp,
    long netAmount) {

  public JsonObject toJson(String currency) {
    return new JsonObject()
        .put("position", position)
        .put("invoicePosition", invoicePosition)
        .put("description", description)
        .put("amount", Money.toJson(amount, currency))
        .put("taxRate", InvoicingSettings.percent(taxRateBp))
        .put("net", Money.toJson(netAmount, currency));
  }
}
