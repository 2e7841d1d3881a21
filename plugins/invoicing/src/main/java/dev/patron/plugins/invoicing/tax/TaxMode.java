package dev.patron.plugins.invoicing.tax;

/**
 * How a restaurant's prices relate to VAT: {@link #INCLUSIVE} as registers in the EU price (the
 * 25.00 on the bill is what the guest pays, VAT included), {@link #EXCLUSIVE} as in the US (tax is
 * added on top of the price).
 */
public enum TaxMode {
  INCLUSIVE,
  EXCLUSIVE
}
