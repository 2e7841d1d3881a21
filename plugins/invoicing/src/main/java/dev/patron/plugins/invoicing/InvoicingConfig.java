package dev.patron.plugins.invoicing;

import dev.patron.kit.json.JsonInput;
import dev.patron.api.plugin.TenantConfigValidator;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.pf4j.Extension;

/**
 * {@code {"numberPrefix": "INV-", "paymentTermsDays": 14, "taxRate": 10}}; every field is optional
 * and takes its default (INV-, 14 days, 0 %) when absent.
 */
@Extension
public class InvoicingConfig implements TenantConfigValidator {

  static final int PREFIX_MAX = 20;
  static final int PAYMENT_TERMS_MAX = 365;
  private static final Pattern PREFIX = Pattern.compile("[\\p{L}\\p{N} ._/#-]+");

  @Override
  public JsonObject validate(JsonObject config) {
    JsonInput in = JsonInput.of(config);
    String prefix = in.string("numberPrefix", PREFIX_MAX);
    if (prefix != null && !PREFIX.matcher(prefix).matches()) {
      in.error("numberPrefix", "may contain letters, digits, spaces and . _ / # - only");
    }
    Integer terms = in.intValue("paymentTermsDays", 0, PAYMENT_TERMS_MAX);
    BigDecimal taxRate = in.decimal("taxRate", BigDecimal.ZERO, BigDecimal.valueOf(100), 2);
    in.rejectUnknownFields();
    in.throwIfInvalid();
    return new JsonObject()
        .put("numberPrefix", prefix == null ? InvoicingSettings.DEFAULT_PREFIX : prefix)
        .put("paymentTermsDays", terms == null ? InvoicingSettings.DEFAULT_PAYMENT_TERMS_DAYS : terms)
        .put("taxRate", taxRate == null ? BigDecimal.ZERO : taxRate);
  }
}
