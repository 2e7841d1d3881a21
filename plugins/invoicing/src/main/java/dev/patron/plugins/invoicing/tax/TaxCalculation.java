package dev.patron.plugins.invoicing.tax;

import java.util.List;

/** The totals of a document and each line's net amount, in the order of the lines given. */
public record TaxCalculation(Totals totals, List<Long> lineNets) {
}
