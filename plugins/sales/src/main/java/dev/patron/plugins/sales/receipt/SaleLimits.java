package dev.patron.plugins.sales.receipt;

import java.math.BigDecimal;

/**
 * Bounds on what a receipt may carry, so a request's cost is bounded too. The amounts are chosen
 * so that no sum of a receipt can overflow a long: 500 lines of at most 10 000 × 10¹¹.
 */
public final class SaleLimits {

  public static final int MAX_LINES = 500;
  public static final int MAX_DISCOUNTS = 20;
  public static final int MAX_TAXES = 20;
  public static final int MAX_PAYMENTS = 20;
  /** A single amount: 1 000 000 000.00 in a two-decimal currency. */
  public static final long MAX_AMOUNT = 100_000_000_000L;
  public static final BigDecimal MIN_QUANTITY = new BigDecimal("0.001");
  public static final BigDecimal MAX_QUANTITY = BigDecimal.valueOf(10_000);
  public static final int QUANTITY_SCALE = 3;
  public static final BigDecimal MAX_TAX_RATE = BigDecimal.valueOf(100);
  public static final int TAX_RATE_SCALE = 3;
  public static final int RECEIPT_ID_MAX = 100;
  public static final int LABEL_MAX = 100;
  public static final int PRODUCT_ID_MAX = 100;
  public static final int NAME_MAX = 200;
  public static final int REFERENCE_MAX = 200;

  private SaleLimits() {
  }
}
