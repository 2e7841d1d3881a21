package dev.patron.plugins.invoicing.pdf;

import com.lowagie.text.pdf.PdfPTable;
import dev.patron.plugins.invoicing.credit.CreditNote;
import dev.patron.plugins.invoicing.credit.CreditNoteDetails;
import dev.patron.plugins.invoicing.credit.CreditNoteLine;
import dev.patron.plugins.invoicing.invoice.Invoice;
import java.util.List;

/** Lays out a printable credit note: which invoice it corrects and why, the lines taken back, VAT per rate. */
public final class CreditNotePdf {

  private CreditNotePdf() {
  }

  public static byte[] render(CreditNoteDetails details, String restaurant, Labels labels) {
    CreditNote note = details.creditNote();
    Invoice invoice = details.invoice();
    String currency = note.currency();
    PrintedDocument document = new PrintedDocument(labels.text("creditNote") + " " + note.number(), note.seller(),
        restaurant, labels);
    document.letterhead(note.seller(), restaurant, labels);
    document.addressAndFacts(note.seller(), note.billTo(), labels, List.of(
        new String[] {labels.text("number"), note.number()},
        new String[] {labels.text("date"), labels.date(note.issueDate())},
        new String[] {labels.text("invoice"), invoice.number()}));
    document.heading(labels.text("creditNote") + " " + note.number());
    document.paragraph(labels.text("corrects", invoice.number(), labels.date(invoice.dates().issueDate())) + "\n"
        + labels.text("reason", note.reason()));
    PdfPTable lines = document.lineTable(new float[] {1.2f, 9, 1.8f, 3},
        List.of(labels.text("position"), labels.text("description"), labels.text("vatRate"),
            TaxRows.amountHeader(note.totals(), labels)), 2);
    for (CreditNoteLine line : details.lines()) {
      document.addRow(lines, List.of(Integer.toString(line.invoicePosition()), line.description(),
          labels.percent(line.taxRateBp()), labels.money(line.amount(), currency)), 2);
    }
    document.add(lines);
    PdfPTable totals = document.totalsTable();
    TaxRows.add(document, totals, note.totals(), currency, labels, labels.text("creditTotal"));
    document.add(totals);
    return document.finish();
  }
}
