package dev.patron.plugins.invoicing;

import dev.patron.plugins.invoicing.seller.Seller;
import dev.patron.plugins.invoicing.tax.TaxMode;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;

/**
 * A tenant's invoicing configuration: invoice numbers are {@code numberPrefix} + a sequence and
 * credit notes {@code creditNotePrefix} + their own; an invoice is due {@code paymentTermsDays}
 * after its issue date and a reminder gives {@code reminderPaymentDays} more; a line without its
 * own rate is taxed at {@code taxRateBasisPoints} hundredths of a percent (1000 = 10.00 %); prices
 * include VAT or not by {@code taxMode}; {@code seller} (nullable) is the restaurant as it bills.
 */
public record InvoicingSettings(String numberPrefix, String creditNotePrefix, int paymentTermsDays,
    int reminderPaymentDays, int taxRateBasisPoints, TaxMode taxMode, Seller seller) {

  public static final String DEFAULT_PREFIX = "INV-";
  public static final String DEFAULT_CREDIT_NOTE_PREFIX = "CN-";
  public static final int DEFAULT_PAYMENT_TERMS_DAYS = 14;
  public static final int DEFAULT_REMINDER_PAYMENT_DAYS = 7;

  /** The configuration as stored by {@link InvoicingConfig}; missing values take their defaults. */
  public static InvoicingSettings from(JsonObject config) {
    return new InvoicingSettings(
        config.getString("numberPrefix", DEFAULT_PREFIX),
        config.getString("creditNotePrefix", DEFAULT_CREDIT_NOTE_PREFIX),
        config.getInteger("paymentTermsDays", DEFAULT_PAYMENT_TERMS_DAYS),
        config.getInteger("reminderPaymentDays", DEFAULT_REMINDER_PAYMENT_DAYS),
        basisPoints(config.getValue("taxRate")),
        TaxMode.valueOf(config.getString("taxMode", TaxMode.EXCLUSIVE.name())),
        Seller.fromJson(config.getJsonObject("seller")));
  }

  /** A percentage (e.g. {@code 7.5}) in basis points ({@code 750}); 0 for anything else. */
  public static int basisPoints(Object percent) {
    return percent instanceof Number number ? new BigDecimal(number.toString()).movePointRight(2).intValueExact() : 0;
  }

  /** Basis points as a percentage without trailing zeros. */
  public static BigDecimal percent(int basisPoints) {
    BigDecimal percent = BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros();
    return percent.scale() < 0 ? percent.setScale(0) : percent;
  }
}
