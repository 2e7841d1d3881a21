package dev.patron.plugins.invoicing.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dev.patron.api.customer.Address;
import dev.patron.plugins.invoicing.InvoicingSettings;
import dev.patron.plugins.invoicing.invoice.BillTo;
import dev.patron.plugins.invoicing.invoice.Invoice;
import dev.patron.plugins.invoicing.invoice.InvoiceDetails;
import dev.patron.plugins.invoicing.invoice.InvoiceLine;
import dev.patron.plugins.invoicing.support.MoneyText;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Lays out a printable invoice with OpenPDF: the restaurant, the billing details, number and
 * dates, one row per line, then subtotal, tax, total, paid and open. Blocking and CPU-bound: call
 * it off the event loop ({@link PdfRenderer}).
 */
public final class InvoicePdf {

  private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
  private static final Font HEADING = new Font(Font.HELVETICA, 10, Font.BOLD);
  private static final Font TEXT = new Font(Font.HELVETICA, 10, Font.NORMAL);

  private InvoicePdf() {
  }

  /** The PDF document's bytes. */
  public static byte[] render(InvoiceDetails details, String restaurant, ZoneId zone) {
    Invoice invoice = details.invoice();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 50, 50, 50, 50);
    PdfWriter.getInstance(document, out);
    document.addTitle("Invoice " + invoice.number());
    document.addCreator(restaurant);
    document.open();
    document.add(new Paragraph(restaurant, TITLE));
    document.add(new Paragraph("Invoice " + invoice.number(), HEADING));
    document.add(spaced(facts(invoice)));
    document.add(new Paragraph("Bill to", HEADING));
    document.add(spaced(billTo(invoice.billTo())));
    document.add(lines(details.lines(), invoice.currency(), zone));
    document.add(totals(invoice));
    document.close();
    return out.toByteArray();
  }

  private static Paragraph spaced(String text) {
    Paragraph paragraph = new Paragraph(text, TEXT);
    paragraph.setSpacingAfter(12);
    return paragraph;
  }

  private static String facts(Invoice invoice) {
    List<String> facts = new ArrayList<>(List.of(
        "Issue date: " + invoice.issueDate(),
        "Due date: " + invoice.dueDate(),
        "Status: " + invoice.status().name()));
    if (invoice.periodFrom() != null || invoice.periodTo() != null) {
      facts.add("Period: " + orDash(invoice.periodFrom()) + " to " + orDash(invoice.periodTo()));
    }
    return String.join("\n", facts);
  }

  private static String orDash(LocalDate date) {
    return date == null ? "-" : date.toString();
  }

  private static String billTo(BillTo billTo) {
    Address a = billTo.address();
    Stream<String> address = a == null ? Stream.empty() : Stream.of(a.street(),
        joined(" ", a.postalCode(), a.city()), a.state(), a.country());
    String taxId = billTo.taxId() == null ? null : "Tax id: " + billTo.taxId();
    return Stream.concat(Stream.of(billTo.name(), billTo.company()), Stream.concat(address, Stream.of(taxId, billTo.email())))
        .filter(part -> part != null && !part.isBlank())
        .collect(Collectors.joining("\n"));
  }

  private static String joined(String separator, String... parts) {
    return Stream.of(parts).filter(part -> part != null).collect(Collectors.joining(separator));
  }

  private static PdfPTable lines(List<InvoiceLine> lines, String currency, ZoneId zone) {
    PdfPTable table = new PdfPTable(new float[] {2, 6, 3, 3});
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    Stream.of("Date", "Description", "Order", "Amount").forEach(title -> table.addCell(cell(title, HEADING, false)));
    for (InvoiceLine line : lines) {
      table.addCell(cell(LocalDate.ofInstant(line.occurredAt(), zone).toString(), TEXT, false));
      table.addCell(cell(line.description(), TEXT, false));
      table.addCell(cell(line.orderReference(), TEXT, false));
      table.addCell(cell(MoneyText.format(line.amount(), currency), TEXT, true));
    }
    table.setSpacingAfter(12);
    return table;
  }

  private static PdfPTable totals(Invoice invoice) {
    String currency = invoice.currency();
    PdfPTable table = new PdfPTable(new float[] {11, 3});
    table.setWidthPercentage(100);
    String tax = "Tax (" + InvoicingSettings.percent(invoice.totals().taxRateBasisPoints()).toPlainString() + " %)";
    addTotal(table, "Subtotal", MoneyText.format(invoice.totals().subtotal(), currency), TEXT);
    addTotal(table, tax, MoneyText.format(invoice.totals().tax(), currency), TEXT);
    addTotal(table, "Total", MoneyText.format(invoice.totals().total(), currency), HEADING);
    addTotal(table, "Paid", MoneyText.format(invoice.paid(), currency), TEXT);
    addTotal(table, "Open", MoneyText.format(invoice.open(), currency), HEADING);
    return table;
  }

  private static void addTotal(PdfPTable table, String label, String amount, Font font) {
    table.addCell(cell(label, font, true));
    table.addCell(cell(amount, font, true));
  }

  private static PdfPCell cell(String text, Font font, boolean right) {
    PdfPCell cell = new PdfPCell(new Phrase(text, font));
    cell.setHorizontalAlignment(right ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
    cell.setPadding(4);
    return cell;
  }
}
