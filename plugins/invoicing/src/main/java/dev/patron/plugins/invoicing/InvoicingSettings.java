package dev.patron.plugins.invoicing;

import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;

/**
 * A tenant's invoicing configuration: invoice numbers are {@code numberPrefix} + a sequence, an
 * invoice is due {@code paymentTermsDays} after its issue date, and tax is {@code taxRateBasisPoints}
 * hundredths of a percent of the subtotal (1000 = 10.00 %).
 */
public record InvoicingSettings(String numberPrefix, int paymentTermsDays, int taxRateBasisPoints) {

  public static final String DEFAULT_PREFIX = "INV-";
  public static final int DEFAULT_PAYMENT_TERMS_DAYS = 14;

  /** The configuration as stored by {@link InvoicingConfig}; missing values take their defaults. */
  public static InvoicingSettings from(JsonObject config) {
    Object rate = config.getValue("taxRate");
    BigDecimal percent = rate instanceof Number number ? new BigDecimal(number.toString()) : BigDecimal.ZERO;
    return new InvoicingSettings(
        config.getString("numberPrefix", DEFAULT_PREFIX),
        config.getInteger("paymentTermsDays", DEFAULT_PAYMENT_TERMS_DAYS),
        percent.movePointRight(2).intValueExact());
  }

  /** The tax rate in percent, e.g. {@code 10} or {@code 7.5}. */
  public BigDecimal taxRatePercent() {
    return percent(taxRateBasisPoints);
  }

  /** Basis points as a percentage without trailing zeros. */
  public static BigDecimal percent(int basisPoints) {
    BigDecimal percent = BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros();
    return percent.scale() < 0 ? percent.setScale(0) : percent;
  }
}
