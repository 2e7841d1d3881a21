package dev.patron.plugins.invoicing.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import dev.patron.api.customer.Address;
import dev.patron.plugins.invoicing.invoice.BillTo;
import dev.patron.plugins.invoicing.invoice.Invoice;
import dev.patron.plugins.invoicing.invoice.InvoiceDetails;
import dev.patron.plugins.invoicing.invoice.InvoiceLine;
import dev.patron.plugins.invoicing.invoice.InvoiceStatus;
import dev.patron.plugins.invoicing.invoice.InvoiceTotals;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InvoicePdfTest {

  @Test
  void printsTheRestaurantTheCustomerTheLinesAndTheTotals() throws IOException {
    List<InvoiceLine> lines = List.of(
        new InvoiceLine(UUID.randomUUID(), "Dinner for four", "POS-1001", Instant.parse("2026-01-10T19:00:00Z"), 12000),
        new InvoiceLine(UUID.randomUUID(), "Lunch", "POS-1002", Instant.parse("2026-01-31T23:30:00Z"), 3050));
    InvoiceTotals totals = InvoiceTotals.of(lines.stream().map(InvoiceLine::amount).toList(), 1000);
    BillTo billTo = new BillTo("Sophie Maier", "Maier GmbH", "ATU12345678", "sophie@example.com",
        new Address("Hauptstrasse 1", "1010", "Wien", null, "AT"));
    Invoice invoice = new Invoice(UUID.randomUUID(), UUID.randomUUID(), 7, "INV-7", InvoiceStatus.PARTIALLY_PAID,
        "EUR", totals, 5000, LocalDate.parse("2026-02-01"), LocalDate.parse("2026-02-15"), null, null, billTo, 2,
        Instant.now(), Instant.now(), null);

    byte[] pdf = InvoicePdf.render(new InvoiceDetails(invoice, lines, List.of()), "Beisl am Eck", ZoneId.of("Europe/Vienna"));

    assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
    String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
    for (String expected : List.of("Beisl am Eck", "Invoice INV-7", "Sophie Maier", "Maier GmbH", "ATU12345678",
        "1010 Wien", "sophie@example.com", "Due date: 2026-02-15", "Dinner for four", "POS-1002",
        "2026-02-01", "150.50 EUR", "Tax (10 %)", "15.05 EUR", "165.55 EUR", "50.00 EUR", "115.55 EUR")) {
      assertTrue(text.contains(expected), () -> "missing '" + expected + "' in:\n" + text);
    }
  }
}
