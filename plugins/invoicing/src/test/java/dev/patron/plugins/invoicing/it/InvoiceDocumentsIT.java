package dev.patron.plugins.invoicing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.Response;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The printed documents, as a restaurant in Austria and one in France get them: seller and buyer,
 * dates, VAT per rate, in the restaurant's language, with extractable text. Each first page is
 * also rendered to target/pdf/*.png, for a person to look at.
 */
class InvoiceDocumentsIT {

  @RegisterExtension
  static PatronExtension patron = InvoicingServer.create();

  static String text(Response pdf, String name) throws IOException {
    assertEquals("application/pdf", pdf.header("Content-Type"));
    assertEquals("%PDF", new String(pdf.bytes(), 0, 4, StandardCharsets.US_ASCII));
    try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
      Path dir = Files.createDirectories(Path.of("target", "pdf"));
      BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 110);
      ImageIO.write(page, "png", dir.resolve(name + ".png").toFile());
      return new PDFTextStripper().getText(document).replace('\u00A0', ' ');
    }
  }

  private static void assertContains(String text, List<String> expected) {
    for (String part : expected) {
      assertTrue(text.contains(part), () -> "missing '" + part + "' in:\n" + text);
    }
  }

  @Test
  void anAustrianInvoiceReadsInGermanWithSellerBuyerAndVatPerRate() throws IOException {
    Billing billing = new Billing(Restaurants.vienna(patron));
    String customer = billing.billableCustomer("Sophie", "Maier");
    billing.chargeLines(customer, new Object[] {"Wiener Schnitzel mit Erdäpfelsalat", 4, 2100, null},
        new Object[] {"Grüner Veltliner, 1 Flasche", 2, 1800, 20}, new Object[] {"Almdudler", 1, 650, 20}).expect(201);
    JsonObject invoice = billing.invoice(customer).expect(201).json();
    String id = invoice.getString("id");
    billing.pay(id, 5000, null).expect(201);

    Response pdf = billing.pdf("/invoices/" + id);

    assertEquals("inline; filename=\"RE-1.pdf\"", pdf.header("Content-Disposition"));
    String text = text(pdf, "invoice-at");
    assertContains(text, List.of("Rechnung RE-1", "Beisl am Eck GmbH", "Hauptstraße 1", "USt-IdNr. ATU12345678",
        "FN 123456a", "Maier GmbH", "Sophie Maier", "Hauptstrasse 1", "1010 Wien",
        "USt-IdNr. des Kunden " + invoice.getJsonObject("billTo").getString("taxId"), "Rechnungsdatum",
        "Leistungsdatum", "Fällig am", "Wiener Schnitzel mit Erdäpfelsalat", "€ 21,00", "€ 84,00",
        "USt. 10 % auf € 76,36", "€ 7,64", "USt. 20 % auf € 35,42", "€ 7,08", "Nettobetrag € 111,78",
        "Gesamtbetrag € 126,50", "Bezahlt -€ 50,00", "Offener Betrag € 76,50", "AT61 1904 3002 3457 3201"));
    assertEquals("RE-1", billing.getInvoice(id).expect(200).json().getString("number"), "JSON by default");
    Response json = billing.client().get(Billing.BASE + "/invoices/" + id, Map.of("Accept", "application/json"));
    assertEquals("RE-1", json.expect(200).json().getString("number"));
  }

  @Test
  void aFrenchInvoiceReadsInFrench() throws IOException {
    Billing billing = new Billing(Restaurants.paris(patron));
    String customer = billing.client().post("/api/v1/customers", new JsonObject().put("firstName", "Julien")
            .put("lastName", "Moreau").put("company", "Atelier Moreau SAS").put("taxId", "FR83404833048")
            .put("email", "julien@atelier-moreau.fr").put("primaryAddress", new JsonObject()
                .put("street", "8 boulevard Voltaire").put("postalCode", "75011").put("city", "Paris")
                .put("country", "FR")))
        .expect(201).json().getString("id");
    billing.putAccount(customer, true, null).expect(200);
    billing.chargeLines(customer, new Object[] {"Menu du jour", 12, 1850, null},
        new Object[] {"Côtes du Rhône", 3, 2400, 20}).expect(201);
    String id = billing.invoice(customer).expect(201).json().getString("id");

    String text = text(billing.pdf("/invoices/" + id), "invoice-paris");

    assertContains(text, List.of("Facture F-1", "Chez Margot SARL", "12 rue de la Paix", "N° TVA FR40303265045",
        "RCS Paris 303 265 045", "Atelier Moreau SAS", "Julien Moreau", "N° TVA du client FR83404833048",
        "Date de facture", "Date de livraison", "Échéance", "Désignation", "Menu du jour", "18,50 €", "222,00 €",
        "TVA 10 % sur 201,82 €", "20,18 €", "TVA 20 % sur 60,00 €", "12,00 €", "Total HT 261,82 €",
        "Total TTC 294,00 €", "FR14 2004 1010 0505 0001 3M02 606"));
  }

  @Test
  void aCreditNoteNamesTheInvoiceItCorrectsAndWhy() throws IOException {
    Billing billing = new Billing(Restaurants.vienna(patron));
    String customer = billing.billableCustomer("Sophie", "Maier");
    billing.chargeLines(customer, new Object[] {"Tafelspitz", 2, 2600, null},
        new Object[] {"Blaufränkisch", 1, 4200, 20}).expect(201);
    String invoiceId = billing.invoice(customer).expect(201).json().getString("id");
    String creditId = billing.creditNote(invoiceId, new JsonObject().put("reason", "Wein war korkig")
        .put("lines", new JsonArray().add(new JsonObject().put("position", 2)))).expect(201).json().getString("id");

    String text = text(billing.pdf("/credit-notes/" + creditId), "credit-note-at");

    assertContains(text, List.of("Rechnungskorrektur KO-1", "Korrigiert die Rechnung RE-1", "Grund: Wein war korkig",
        "Blaufränkisch", "USt. 20 % auf € 35,00", "€ 7,00", "Gutschriftsbetrag € 42,00", "Beisl am Eck GmbH",
        "Maier GmbH"));
  }
}
