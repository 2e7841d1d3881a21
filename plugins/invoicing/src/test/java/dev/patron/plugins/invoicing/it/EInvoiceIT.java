package dev.patron.plugins.invoicing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.Response;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mustangproject.ZUGFeRD.ZUGFeRDImporter;
import org.mustangproject.validator.ZUGFeRDValidator;

/**
 * EN 16931 e-invoices as ZUGFeRD (PDF/A-3 with the XML inside) and XRechnung (CII), checked by
 * Mustang's validator: veraPDF for PDF/A, the EN 16931 and XRechnung schematron for the XML.
 */
class EInvoiceIT {

  @RegisterExtension
  static PatronExtension patron = InvoicingServer.create();

  private static String dinner(Billing billing) {
    String customer = billing.billableCustomer("Sophie", "Maier");
    billing.chargeLines(customer, new Object[] {"Wiener Schnitzel", 4, 2100, null},
        new Object[] {"Grüner Veltliner", 2, 1800, 20}, new Object[] {"Kaffee", 3, 390, null}).expect(201);
    return billing.invoice(customer).expect(201).json().getString("id");
  }

  private static Response eInvoice(Billing billing, String path, String format) {
    return billing.client().get(Billing.BASE + path + "/e-invoice" + (format == null ? "" : "?format=" + format));
  }

  private static String report(byte[] document, String name) {
    ZUGFeRDValidator validator = new ZUGFeRDValidator();
    String report = validator.validate(document, name);
    assertTrue(validator.wasCompletelyValid(), report);
    return report;
  }

  @Test
  void anInvoiceAsZugferdIsAValidPdfA3CarryingItsXml() {
    Billing billing = new Billing(Restaurants.vienna(patron));
    String invoiceId = dinner(billing);
    billing.pay(invoiceId, 2000, null).expect(201);

    Response zugferd = eInvoice(billing, "/invoices/" + invoiceId, null).expect(200);

    assertEquals("application/pdf", zugferd.header("Content-Type"));
    assertEquals("inline; filename=\"RE-1.pdf\"", zugferd.header("Content-Disposition"));
    String report = report(zugferd.bytes(), "RE-1.pdf");
    assertTrue(report.contains("isCompliant=true"), report);
    ZUGFeRDImporter xml = new ZUGFeRDImporter(new ByteArrayInputStream(zugferd.bytes()));
    assertEquals("RE-1", xml.getInvoiceID());
    assertEquals("EUR", xml.getInvoiceCurrencyCode());
    // 84.00 + 11.70 of food (net 87.00), 36.00 of wine (net 30.00): 131.70 in all, 20.00 paid.
    assertEquals(0, new java.math.BigDecimal("117.00").compareTo(new java.math.BigDecimal(xml.getTaxBasisTotalAmount())));
    assertEquals(0, new java.math.BigDecimal("14.70").compareTo(new java.math.BigDecimal(xml.getTaxTotalAmount())));
    assertEquals(0, new java.math.BigDecimal("131.70").compareTo(new java.math.BigDecimal(xml.getAmount())));
    String raw = new String(xml.getRawXML(), StandardCharsets.UTF_8);
    assertTrue(raw.contains("<ram:DuePayableAmount>111.70</ram:DuePayableAmount>"), "due: the total less what was paid");
    assertEquals("AT611904300234573201", xml.getIBAN());
  }

  @Test
  void anInvoiceAsXrechnungPassesTheGermanRules() {
    Billing billing = new Billing(Restaurants.vienna(patron));
    String invoiceId = dinner(billing);

    Response xrechnung = eInvoice(billing, "/invoices/" + invoiceId, "xrechnung").expect(200);

    assertEquals("application/xml", xrechnung.header("Content-Type"));
    String report = report(xrechnung.bytes(), "RE-1.xml");
    assertTrue(report.contains("xrechnung_3.0"), report);
    String xml = new String(xrechnung.bytes(), StandardCharsets.UTF_8);
    for (String expected : List.of("<ram:ID>RE-1</ram:ID>", "ATU12345678", "Beisl am Eck GmbH", "Maier GmbH",
        "<ram:GrandTotalAmount>131.70</ram:GrandTotalAmount>", "<ram:RateApplicablePercent>20.00",
        "office@beisl.at", "sophie@example.com")) {
      assertTrue(xml.contains(expected), () -> "missing " + expected + " in\n" + xml);
    }
  }

  @Test
  void aCentOfRoundingIsCarriedAsEn16931sRoundingAmount() {
    Billing billing = new Billing(Restaurants.vienna(patron));
    String customer = billing.billableCustomer("Sophie", "Maier");
    billing.chargeLines(customer, new Object[] {"Semmel", 1, 5, 10}).expect(201);
    String invoiceId = billing.invoice(customer).expect(201).json().getString("id");

    Response xrechnung = eInvoice(billing, "/invoices/" + invoiceId, "xrechnung").expect(200);

    report(xrechnung.bytes(), "RE-1.xml");
    String xml = new String(xrechnung.bytes(), StandardCharsets.UTF_8);
    assertTrue(xml.contains("<ram:RoundingAmount>-0.01</ram:RoundingAmount>"), xml);
    assertTrue(xml.contains("<ram:DuePayableAmount>0.05</ram:DuePayableAmount>"), xml);
  }

  @Test
  void aCreditNoteIsAnE16931CreditNoteNamingTheInvoice() {
    Billing billing = new Billing(Restaurants.vienna(patron));
    String invoiceId = dinner(billing);
    String creditId = billing.creditNote(invoiceId, new JsonObject().put("reason", "Wine was corked")
        .put("lines", new JsonArray().add(new JsonObject().put("position", 2)))).expect(201).json().getString("id");

    Response zugferd = eInvoice(billing, "/credit-notes/" + creditId, "factur-x").expect(200);
    report(zugferd.bytes(), "KO-1.pdf");
    Response xrechnung = eInvoice(billing, "/credit-notes/" + creditId, "xrechnung").expect(200);
    report(xrechnung.bytes(), "KO-1.xml");

    String xml = new String(xrechnung.bytes(), StandardCharsets.UTF_8);
    assertTrue(xml.contains("<ram:TypeCode>381</ram:TypeCode>"), xml);
    assertTrue(xml.contains("<ram:IssuerAssignedID>RE-1</ram:IssuerAssignedID>"), xml);
    assertTrue(xml.contains("<ram:GrandTotalAmount>36.00</ram:GrandTotalAmount>"), xml);
  }

  @Test
  void whatAnEInvoiceLacksIsNamed() {
    TestTenant bare = patron.newTenant();
    Billing billing = new Billing(bare);
    String invoiceId = dinner(billing);

    Response refused = eInvoice(billing, "/invoices/" + invoiceId, "xrechnung").expect(422);
    assertEquals("https://patron.dev/problems/e-invoice-incomplete", refused.json().getString("type"));
    assertTrue(refused.json().getJsonArray("missing").getString(0).startsWith("the seller"), refused::body);
    assertEquals(List.of("format: must be zugferd (or factur-x) or xrechnung"),
        eInvoice(billing, "/invoices/" + invoiceId, "pdf").expect(400).fieldErrors());
  }
}
