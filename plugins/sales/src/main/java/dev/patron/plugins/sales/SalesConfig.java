package dev.patron.plugins.sales;

import dev.patron.api.plugin.TenantConfigValidator;
import dev.patron.kit.json.JsonInput;
import io.vertx.core.json.JsonObject;
import org.pf4j.Extension;

/**
 * Checks a restaurant's configuration, {@code {"pricesIncludeTax": false}} (optional; default
 * {@code true}), and stores it with the default filled in. A change applies to receipts posted from
 * then on; each recorded receipt keeps the setting it was checked with.
 */
@Extension
public class SalesConfig implements TenantConfigValidator {

  @Override
  public JsonObject validate(JsonObject config) {
    JsonInput in = JsonInput.of(config);
    Boolean included = in.bool("pricesIncludeTax");
    in.rejectUnknownFields();
    in.throwIfInvalid();
    return new SalesSettings(included == null ? SalesSettings.DEFAULT_PRICES_INCLUDE_TAX : included).toJson();
  }
}
