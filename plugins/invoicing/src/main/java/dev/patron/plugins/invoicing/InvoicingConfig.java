package dev.patron.plugins.invoicing;

import dev.patron.api.plugin.TenantConfigValidator;
import dev.patron.kit.json.JsonInput;
import dev.patron.plugins.invoicing.seller.Seller;
import dev.patron.plugins.invoicing.seller.SellerInput;
import dev.patron.plugins.invoicing.tax.TaxMode;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.pf4j.Extension;

/**
 * A restaurant's invoicing configuration, every field optional:
 * {@code {"numberPrefix": "RE-", "creditNotePrefix": "GS-", "paymentTermsDays": 14, "taxRate": 10,
 * "taxMode": "INCLUSIVE", "reminderPaymentDays": 7, "seller": {...}}}. Absent fields take their
 * defaults (INV-, CN-, 14 days, 0 %, EXCLUSIVE, 7 days, no seller).
 */
@Extension
public class InvoicingConfig implements TenantConfigValidator {

  static final int PREFIX_MAX = 20;
  static final int PAYMENT_TERMS_MAX = 365;
  private static final Pattern PREFIX = Pattern.compile("[\\p{L}\\p{N} ._/#-]+");

  @Override
  public JsonObject validate(JsonObject config) {
    JsonInput in = JsonInput.of(config);
    String prefix = prefix(in, "numberPrefix");
    String creditNotePrefix = prefix(in, "creditNotePrefix");
    Integer terms = in.intValue("paymentTermsDays", 0, PAYMENT_TERMS_MAX);
    Integer reminderDays = in.intValue("reminderPaymentDays", 1, 90);
    BigDecimal taxRate = in.decimal("taxRate", BigDecimal.ZERO, BigDecimal.valueOf(100), 2);
    TaxMode taxMode = in.enumValue("taxMode", TaxMode.class);
    JsonInput sellerInput = in.object("seller");
    Seller seller = sellerInput == null ? null : SellerInput.read(sellerInput);
    in.rejectUnknownFields();
    in.throwIfInvalid();
    String number = prefix == null ? InvoicingSettings.DEFAULT_PREFIX : prefix;
    String credit = creditNotePrefix == null ? InvoicingSettings.DEFAULT_CREDIT_NOTE_PREFIX : creditNotePrefix;
    if (number.equals(credit)) {
      in.error("creditNotePrefix", "must differ from numberPrefix: credit notes are a series of their own");
      in.throwIfInvalid();
    }
    return new JsonObject()
        .put("numberPrefix", number)
        .put("creditNotePrefix", credit)
        .put("paymentTermsDays", terms == null ? InvoicingSettings.DEFAULT_PAYMENT_TERMS_DAYS : terms)
        .put("reminderPaymentDays", reminderDays == null ? InvoicingSettings.DEFAULT_REMINDER_PAYMENT_DAYS
            : reminderDays)
        .put("taxRate", taxRate == null ? BigDecimal.ZERO : taxRate)
        .put("taxMode", (taxMode == null ? TaxMode.EXCLUSIVE : taxMode).name())
        .put("seller", seller == null ? null : seller.toJson());
  }

  private static String prefix(JsonInput in, String field) {
    String prefix = in.string(field, PREFIX_MAX);
    if (prefix != null && !PREFIX.matcher(prefix).matches()) {
      in.error(field, "may contain letters, digits, spaces and . _ / # - only");
    }
    return prefix;
  }
}
