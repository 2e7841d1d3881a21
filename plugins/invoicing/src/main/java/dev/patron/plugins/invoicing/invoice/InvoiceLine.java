package dev.patron.plugins.invoicing.invoice;

import dev.patron.api.money.Money;
import dev.patron.plugins.invoicing.InvoicingSettings;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.UUID;

/**
 * One line of a charge as it was billed: {@code amount} as priced (with VAT or without, by the
 * invoice's tax mode), its rate, and its net amount, its share of the rate's net (see {@link
 * dev.patron.plugins.invoicing.tax.TaxCalculator}).
 */
public record InvoiceLine(int position, UUID chargeId, String description, String orderReference,
    Instant occurredAt, int quantity, long unitPrice, long amount, int taxRateBp, long netAmount) {

  public JsonObject toJson(String currency) {
    return new JsonObject()
        .put("position", position)
        .put("chargeId", chargeId.toString())
        .put("description", description)
        .put("orderReference", orderReference)
        .put("occurredAt", occurredAt.toString())
        .put("quantity", quantity)
        .put("unitPrice", Money.toJson(unitPrice, currency))
        .put("amount", Money.toJson(amount, currency))
        .put("taxRate", InvoicingSettings.percent(taxRateBp))
        .put("net", Money.toJson(netAmount, currency));
  }
}
