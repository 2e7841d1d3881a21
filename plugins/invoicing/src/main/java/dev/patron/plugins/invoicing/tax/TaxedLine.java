package dev.patron.plugins.invoicing.tax;

/** A line's amount as priced (VAT included or not, by the mode) and its VAT rate in basis points (1000 = 10 %). */
public record TaxedLine(long amount, int rateBp) {
}
