package dev.patron.plugins.invoicing.pdf;

import com.lowagie.text.pdf.PdfPTable;
import dev.patron.plugins.invoicing.invoice.Invoice;
import dev.patron.plugins.invoicing.invoice.InvoiceDetails;
import dev.patron.plugins.invoicing.reminder.Reminder;
import dev.patron.plugins.invoicing.reminder.ReminderLevel;
import java.util.List;

/** Lays out a reminder letter for an overdue invoice: its level, the invoice, what is open and the new date to pay by. */
public final class ReminderPdf {

  private ReminderPdf() {
  }

  public static byte[] render(InvoiceDetails details, Reminder reminder, String restaurant, Labels labels) {
    Invoice invoice = details.invoice();
    String currency = invoice.currency();
    String title = labels.text("reminder." + reminder.level().name());
    PrintedDocument document = new PrintedDocument(title + " " + invoice.number(), invoice.seller(), restaurant,
        labels);
    document.letterhead(invoice.seller(), restaurant, labels);
    document.addressAndFacts(invoice.seller(), invoice.billTo(), labels, List.of(
        new String[] {labels.text("date"), labels.date(reminder.issueDate())},
        new String[] {labels.text("invoice"), invoice.number()},
        new String[] {labels.text("dueDate"), labels.date(invoice.dates().dueDate())},
        new String[] {labels.text("payBy"), labels.date(reminder.payBy())}));
    document.heading(title);
    String key = reminder.level() == ReminderLevel.FINAL ? "reminderFinalText" : "reminderText";
    document.paragraph(labels.text(key, invoice.number(), labels.date(invoice.dates().issueDate()),
        labels.date(invoice.dates().dueDate()), labels.money(reminder.openAmount(), currency),
        labels.date(reminder.payBy())));
    PdfPTable totals = document.totalsTable();
    document.addTotal(totals, labels.text("total"), labels.money(invoice.totals().total(), currency), false);
    if (invoice.paid() > 0) {
      document.addTotal(totals, labels.text("paid"), labels.money(-invoice.paid(), currency), false);
    }
    if (invoice.credited() > 0) {
      document.addTotal(totals, labels.text("credited"), labels.money(-invoice.credited(), currency), false);
    }
    document.addTotal(totals, labels.text("open"), labels.money(reminder.openAmount(), currency), true);
    document.add(totals);
    if (invoice.seller() != null && invoice.seller().iban() != null) {
      document.paragraph(labels.text("bank", invoice.seller().ibanPrinted(),
          invoice.seller().bic() == null ? "-" : invoice.seller().bic()));
    }
    return document.finish();
  }
}
