package dev.patron.plugins.invoicing.tax;

import dev.patron.api.money.Money;
import dev.patron.plugins.invoicing.InvoicingSettings;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * A document's amounts in minor units: the net amount ({@code subtotal}), VAT per rate and in all,
 * the rounding that makes a VAT-inclusive total equal what the till charged (0 otherwise), and the
 * total: {@code subtotal + tax + rounding}.
 */
public record Totals(TaxMode mode, List<RateTotal> rates, long subtotal, long tax, long rounding, long total) {

  public Totals {
    rates = List.copyOf(rates);
  }

  /** The one rate of a single-rate document, else {@code null}. */
  public Integer singleRateBp() {
    return rates.size() == 1 ? rates.get(0).rateBp() : null;
  }

  /** The fields a document's representation shows. */
  public JsonObject toJson(String currency) {
    JsonArray taxes = new JsonArray();
    rates.forEach(rate -> taxes.add(rate.toJson(currency)));
    Integer single = singleRateBp();
    return new JsonObject()
        .put("taxMode", mode.name())
        .put("subtotal", Money.toJson(subtotal, currency))
        .put("taxRate", single == null ? null : InvoicingSettings.percent(single))
        .put("taxes", taxes)
        .put("tax", Money.toJson(tax, currency))
        .put("rounding", Money.toJson(rounding, currency))
        .put("total", Money.toJson(total, currency));
  }

  public JsonArray storedRates() {
    JsonArray stored = new JsonArray();
    rates.forEach(rate -> stored.add(rate.toStored()));
    return stored;
  }

  public static List<RateTotal> ratesFromStored(JsonArray stored) {
    return stored.stream().map(entry -> RateTotal.fromStored((JsonObject) entry)).toList();
  }
}
