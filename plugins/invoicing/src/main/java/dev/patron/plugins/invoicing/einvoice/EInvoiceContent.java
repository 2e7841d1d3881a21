package dev.patron.plugins.invoicing.einvoice;

import dev.patron.plugins.invoicing.credit.CreditNoteDetails;
import dev.patron.plugins.invoicing.credit.CreditNoteLine;
import dev.patron.plugins.invoicing.invoice.BillTo;
import dev.patron.plugins.invoicing.invoice.Invoice;
import dev.patron.plugins.invoicing.invoice.InvoiceDetails;
import dev.patron.plugins.invoicing.invoice.InvoiceLine;
import dev.patron.plugins.invoicing.seller.Seller;
import dev.patron.plugins.invoicing.tax.Totals;
import java.time.LocalDate;
import java.util.List;

/**
 * What an e-invoice says, taken from an invoice or a credit note: the parties, dates, lines at their
 * net amounts and rates, and totals. A credit note names the invoice it corrects.
 */
public record EInvoiceContent(String number, boolean creditNote, String correctedNumber, LocalDate correctedIssueDate,
    LocalDate issueDate, LocalDate dueDate, LocalDate supplyFrom, LocalDate supplyTo, Seller seller, BillTo buyer,
    String currency, List<Line> lines, Totals totals, long prepaid, String paymentTerms) {

  /** A line at its net amount: {@code quantity} × a net unit price, or one of the whole net where they do not divide. */
  public record Line(String description, int quantity, long netAmount, int rateBp) {
  }

  public static EInvoiceContent of(InvoiceDetails details) {
    Invoice i = details.invoice();
    List<Line> lines = details.lines().stream().map(EInvoiceContent::line).toList();
    return new EInvoiceContent(i.number(), false, null, null, i.dates().issueDate(), i.dates().dueDate(),
        i.dates().supplyFrom(), i.dates().supplyTo(), i.seller(), i.billTo(), i.currency(), lines, i.totals(),
        i.paid(), null);
  }

  /** {@code paymentTerms}: what happens to the amount, e.g. that it is offset against the invoice (BT-20). */
  public static EInvoiceContent of(CreditNoteDetails details, String paymentTerms) {
    Invoice invoice = details.invoice();
    List<Line> lines = details.lines().stream().map(EInvoiceContent::line).toList();
    return new EInvoiceContent(details.creditNote().number(), true, invoice.number(), invoice.dates().issueDate(),
        details.creditNote().issueDate(), null, invoice.dates().supplyFrom(), invoice.dates().supplyTo(),
        details.creditNote().seller(), details.creditNote().billTo(), details.creditNote().currency(), lines,
        details.creditNote().totals(), 0, paymentTerms);
  }

  private static Line line(InvoiceLine line) {
    return new Line(line.description(), line.quantity(), line.netAmount(), line.taxRateBp());
  }

  private static Line line(CreditNoteLine line) {
    return new Line(line.description(), 1, line.netAmount(), line.taxRateBp());
  }
}
