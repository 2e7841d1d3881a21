package dev.patron.plugins.invoicing.tax;

import dev.patron.api.money.Money;
import dev.patron.plugins.invoicing.InvoicingSettings;
import io.vertx.core.json.JsonObject;

/** One VAT rate's share of a document: the net amount taxed at {@code rateBp} and its VAT, in minor units. */
public record RateTotal(int rateBp, long net, long tax) {

  public long gross() {
    return Math.addExact(net, tax);
  }

  public JsonObject toJson(String currency) {
    return new JsonObject()
        .put("rate", InvoicingSettings.percent(rateBp))
        .put("net", Money.toJson(net, currency))
        .put("tax", Money.toJson(tax, currency))
        .put("gross", Money.toJson(gross(), currency));
  }

  /** As stored in the {@code taxes} column. */
  public JsonObject toStored() {
    return new JsonObject().put("rateBp", rateBp).put("net", net).put("tax", tax);
  }

  public static RateTotal fromStored(JsonObject json) {
    return new RateTotal(json.getInteger("rateBp"), json.getLong("net"), json.getLong("tax"));
  }
}
