package dev.patron.plugins.invoicing.it;

import static dev.patron.plugins.invoicing.it.Billing.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.Response;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The printable invoice: {@code Accept: application/pdf} on the invoice gives a real PDF. */
class InvoicePdfIT {

  @RegisterExtension
  static PatronExtension patron = InvoicingServer.create();

  @Test
  void printsTheInvoiceAsPdf() throws IOException {
    TestTenant tenant = patron.newTenant(new JsonObject().put("name", "Beisl am Eck").put("currency", "EUR")
        .put("language", "de-AT").put("timeZone", "Europe/Vienna"));
    Billing billing = new Billing(tenant);
    String customer = billing.billableCustomer("Sophie", "Maier");
    billing.charge(customer, new JsonObject().put("amount", Billing.eur(12_000)).put("description", "Dinner for four")
        .put("orderReference", ref()), Map.of()).expect(201);
    JsonObject invoice = billing.invoice(customer).expect(201).json();
    String id = invoice.getString("id");
    billing.pay(id, 2000, null).expect(201);

    Response pdf = billing.client().get(Billing.BASE + "/invoices/" + id, Map.of("Accept", "application/pdf"))
        .expect(200);
    assertEquals("application/pdf", pdf.header("Content-Type"));
    assertEquals("inline; filename=\"INV-1.pdf\"", pdf.header("Content-Disposition"));
    assertEquals("%PDF", new String(pdf.bytes(), 0, 4, StandardCharsets.US_ASCII));
    String text = new PdfTextExtractor(new PdfReader(pdf.bytes())).getTextFromPage(1);
    for (String expected : List.of("Beisl am Eck", "Invoice INV-1", "Sophie Maier", "Maier GmbH", "1010 Wien",
        "sophie@example.com", "Dinner for four", "120.00 EUR", "Tax (10 %)", "12.00 EUR", "132.00 EUR",
        "20.00 EUR", "112.00 EUR", "Due date: " + invoice.getString("dueDate"))) {
      assertTrue(text.contains(expected), () -> "missing '" + expected + "' in:\n" + text);
    }

    Response json = billing.client().get(Billing.BASE + "/invoices/" + id, Map.of("Accept", "application/json"));
    assertEquals("INV-1", json.expect(200).json().getString("number"));
    assertEquals("INV-1", billing.getInvoice(id).expect(200).json().getString("number"), "JSON by default");
  }
}
