package dev.patron.plugins.sales;

import io.vertx.core.json.JsonObject;

/**
 * A restaurant's sales settings: whether its POS prices include tax (as in the EU: the total is
 * lines − discounts + service charge, tax inside) or exclude it (as in the US: tax is added on top).
 */
public record SalesSettings(boolean pricesIncludeTax) {

  public static final boolean DEFAULT_PRICES_INCLUDE_TAX = true;

  /** Reads a configuration stored by {@link SalesConfig} (so already valid); absent keys take defaults. */
  public static SalesSettings from(JsonObject config) {
    return new SalesSettings(config.getBoolean("pricesIncludeTax", DEFAULT_PRICES_INCLUDE_TAX));
  }

  public JsonObject toJson() {
    return new JsonObject().put("pricesIncludeTax", pricesIncludeTax);
  }
}
