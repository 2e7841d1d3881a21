package dev.patron.plugins.invoicing.pdf;

import com.lowagie.text.pdf.PdfPTable;
import dev.patron.plugins.invoicing.tax.RateTotal;
import dev.patron.plugins.invoicing.tax.Totals;

/** The rows every taxed document ends with: the net amount, VAT per rate, any rounding, and the total. */
final class TaxRows {

  private TaxRows() {
  }

  static void add(PrintedDocument document, PdfPTable table, Totals totals, String currency, Labels labels,
      String totalLabel) {
    document.addTotal(table, labels.text("net"), labels.money(totals.subtotal(), currency), false);
    for (RateTotal rate : totals.rates()) {
      document.addTotal(table, labels.text("vatOn", labels.percent(rate.rateBp()), labels.money(rate.net(), currency)),
          labels.money(rate.tax(), currency), false);
    }
    if (totals.rounding() != 0) {
      document.addTotal(table, labels.text("rounding"), labels.money(totals.rounding(), currency), false);
    }
    document.addTotal(table, totalLabel, labels.money(totals.total(), currency), true);
  }

  /** The header of the amount column: gross or net, as the document's prices are. */
  static String amountHeader(Totals totals, Labels labels) {
    return labels.text(totals.mode() == dev.patron.plugins.invoicing.tax.TaxMode.INCLUSIVE ? "amountGross" : "amountNet");
  }
}
