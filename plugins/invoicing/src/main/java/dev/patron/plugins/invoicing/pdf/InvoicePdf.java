package dev.patron.plugins.invoicing.pdf;

import com.lowagie.text.pdf.PdfPTable;
import dev.patron.plugins.invoicing.invoice.Invoice;
import dev.patron.plugins.invoicing.invoice.InvoiceDates;
import dev.patron.plugins.invoicing.invoice.InvoiceDetails;
import dev.patron.plugins.invoicing.invoice.InvoiceLine;
import dev.patron.plugins.invoicing.seller.Seller;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a printable invoice in the restaurant's language: the seller, the buyer as billed, the
 * number and dates (issue, supply or service period, due), one row per line with its VAT rate, the
 * net amount, VAT per rate and the total, what was paid and credited, and how to pay. Blocking and
 * CPU-bound: call it off the event loop ({@link PdfRenderer}).
 */
public final class InvoicePdf {

  private InvoicePdf() {
  }

  /** The PDF/A-1b document's bytes. */
  public static byte[] render(InvoiceDetails details, String restaurant, ZoneId zone, Labels labels) {
    Invoice invoice = details.invoice();
    Seller seller = invoice.seller();
    String currency = invoice.currency();
    PrintedDocument document = new PrintedDocument(labels.text("invoice") + " " + invoice.number(), seller,
        restaurant, labels);
    document.letterhead(seller, restaurant, labels);
    document.addressAndFacts(seller, invoice.billTo(), labels, facts(invoice, labels));
    document.heading(labels.text("invoice") + " " + invoice.number());
    PdfPTable lines = document.lineTable(new float[] {1.1f, 2.3f, 6.4f, 1.9f, 2.6f, 1.6f, 2.9f},
        List.of(labels.text("position"), labels.text("date"), labels.text("description"), labels.text("quantity"),
            labels.text("unitPrice"), labels.text("vatRate"), TaxRows.amountHeader(invoice.totals(), labels)), 4);
    for (InvoiceLine line : details.lines()) {
      document.addRow(lines, List.of(Integer.toString(line.position()),
          labels.date(LocalDate.ofInstant(line.occurredAt(), zone)), line.description(),
          Integer.toString(line.quantity()), labels.money(line.unitPrice(), currency),
          labels.percent(line.taxRateBp()), labels.money(line.amount(), currency)), 4);
    }
    document.add(lines);
    PdfPTable totals = document.totalsTable();
    TaxRows.add(document, totals, invoice.totals(), currency, labels, labels.text("total"));
    if (invoice.paid() > 0 || invoice.credited() > 0) {
      if (invoice.paid() > 0) {
        document.addTotal(totals, labels.text("paid"), labels.money(-invoice.paid(), currency), false);
      }
      if (invoice.credited() > 0) {
        document.addTotal(totals, labels.text("credited"), labels.money(-invoice.credited(), currency), false);
      }
      document.addTotal(totals, labels.text("open"), labels.money(invoice.open(), currency), true);
    }
    document.add(totals);
    document.paragraph(" ");
    document.paragraph(invoice.open() > 0 ? paymentText(invoice, labels) : labels.text("paidThanks"));
    return document.finish();
  }

  private static List<String[]> facts(Invoice invoice, Labels labels) {
    InvoiceDates dates = invoice.dates();
    List<String[]> facts = new ArrayList<>();
    facts.add(new String[] {labels.text("number"), invoice.number()});
    facts.add(new String[] {labels.text("issueDate"), labels.date(dates.issueDate())});
    if (dates.supplyFrom() != null && dates.supplyFrom().equals(dates.supplyTo())) {
      facts.add(new String[] {labels.text("supplyDate"), labels.date(dates.supplyFrom())});
    } else if (dates.supplyFrom() != null) {
      facts.add(new String[] {labels.text("servicePeriod"),
          labels.date(dates.supplyFrom()) + " – " + labels.date(dates.supplyTo())});
    }
    facts.add(new String[] {labels.text("dueDate"), labels.date(dates.dueDate())});
    return facts;
  }

  private static String paymentText(Invoice invoice, Labels labels) {
    Seller seller = invoice.seller();
    String amount = labels.money(invoice.open(), invoice.currency());
    String due = labels.date(invoice.dates().dueDate());
    if (seller == null || seller.iban() == null) {
      return labels.text("paymentNoBank", amount, due, invoice.number());
    }
    String bank = labels.text("bank", seller.ibanPrinted(), seller.bic() == null ? "-" : seller.bic());
    return labels.text("payment", amount, due, bank, invoice.number());
  }
}
