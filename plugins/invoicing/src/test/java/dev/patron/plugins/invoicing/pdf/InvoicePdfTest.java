package dev.patron.plugins.invoicing.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.api.customer.Address;
import dev.patron.plugins.invoicing.invoice.BillTo;
import dev.patron.plugins.invoicing.invoice.Invoice;
import dev.patron.plugins.invoicing.invoice.InvoiceDates;
import dev.patron.plugins.invoicing.invoice.InvoiceDetails;
import dev.patron.plugins.invoicing.invoice.InvoiceLine;
import dev.patron.plugins.invoicing.invoice.InvoiceStatus;
import dev.patron.plugins.invoicing.seller.Seller;
import dev.patron.plugins.invoicing.tax.TaxCalculation;
import dev.patron.plugins.invoicing.tax.TaxCalculator;
import dev.patron.plugins.invoicing.tax.TaxMode;
import dev.patron.plugins.invoicing.tax.TaxedLine;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The printed invoice's words in the restaurant's language; its pages as PNG in target/ to look at. */
class InvoicePdfTest {

  static final Seller SELLER = new Seller("Beisl am Eck GmbH", "Hauptstraße 1", "1010", "Wien", "AT", "ATU12345678",
      "FN 123456a", "AT611904300234573201", "BKAUATWW", "office@beisl.at", "+43 1 234567");

  static InvoiceDetails dinnerOnAccount() {
    List<TaxedLine> taxed = List.of(new TaxedLine(8400, 1000), new TaxedLine(3600, 2000), new TaxedLine(650, 2000));
    TaxCalculation calculation = TaxCalculator.calculate(TaxMode.INCLUSIVE, taxed);
    UUID charge = UUID.randomUUID();
    String[] names = {"Wiener Schnitzel mit Erdäpfelsalat", "Grüner Veltliner, 1 Flasche", "Almdudler"};
    int[] quantities = {4, 2, 1};
    List<InvoiceLine> lines = new ArrayList<>();
    for (int i = 0; i < taxed.size(); i++) {
      lines.add(new InvoiceLine(i + 1, charge, names[i], "POS-1001", Instant.parse("2026-11-20T19:30:00Z"),
          quantities[i], taxed.get(i).amount() / quantities[i], taxed.get(i).amount(), taxed.get(i).rateBp(),
          calculation.lineNets().get(i)));
    }
    BillTo billTo = new BillTo("Sophie Maier", "Maier & Söhne GmbH", "ATU87654321", "sophie@example.com",
        new Address("Ringstraße 12", "1010", "Wien", null, "AT"));
    InvoiceDates dates = new InvoiceDates(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-15"), null, null,
        LocalDate.parse("2026-11-20"), LocalDate.parse("2026-11-20"), Instant.parse("2026-12-15T23:00:00Z"));
    Invoice invoice = new Invoice(UUID.randomUUID(), UUID.randomUUID(), 7, "RE-2026/7", InvoiceStatus.PARTIALLY_PAID,
        "EUR", calculation.totals(), 5000, 0, dates, billTo, SELLER, 0, 2, Instant.now(), Instant.now(), null);
    return new InvoiceDetails(invoice, lines, List.of(), List.of(), List.of());
  }

  @Test
  void printsAnAustrianInvoiceInGerman() throws IOException {
    String text = text(InvoicePdf.render(dinnerOnAccount(), "Beisl am Eck", ZoneId.of("Europe/Vienna"),
        Labels.of("de-AT")), "invoice-de");
    for (String expected : List.of("Rechnung RE-2026/7", "Beisl am Eck GmbH", "Hauptstraße 1", "ATU12345678",
        "FN 123456a", "Maier & Söhne GmbH", "Sophie Maier", "Ringstraße 12", "ATU87654321", "Rechnungsdatum",
        "01.12.2026", "Leistungsdatum", "20.11.2026", "Fällig am", "15.12.2026", "Wiener Schnitzel mit Erdäpfelsalat",
        "€ 21,00", "€ 84,00", "USt. 10 % auf € 76,36", "€ 7,64", "USt. 20 % auf € 35,42", "€ 7,08",
        "Nettobetrag", "€ 111,78", "Gesamtbetrag", "€ 126,50", "Bezahlt", "-€ 50,00", "Offener Betrag", "€ 76,50",
        "AT61 1904 3002 3457 3201", "BKAUATWW")) {
      assertTrue(text.contains(expected), () -> "missing '" + expected + "' in:\n" + text);
    }
  }

  @Test
  void printsItInFrenchForAFrenchRestaurant() throws IOException {
    String text = text(InvoicePdf.render(dinnerOnAccount(), "Beisl am Eck", ZoneId.of("Europe/Paris"),
        Labels.of("fr-FR")), "invoice-fr");
    for (String expected : List.of("Facture RE-2026/7", "Date de facture", "1 déc. 2026", "Échéance",
        "TVA 10 % sur 76,36 €", "Total TTC", "126,50 €", "Reste à payer", "76,50 €", "Désignation")) {
      assertTrue(text.contains(expected), () -> "missing '" + expected + "' in:\n" + text);
    }
  }

  @Test
  void readsEnglishForAnyOtherLanguage() throws IOException {
    String text = text(InvoicePdf.render(dinnerOnAccount(), "Beisl am Eck", ZoneId.of("Europe/Vienna"),
        Labels.of("it-IT")), "invoice-it");
    assertTrue(text.contains("Invoice RE-2026/7"), text);
    assertTrue(text.contains("126,50"), "Italian formats, English words: " + text);
  }

  /** The text as PDFBox extracts it, spaces normalised; page 1 goes to target/pdf/{name}.png. */
  static String text(byte[] pdf, String name) throws IOException {
    assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      Path dir = Files.createDirectories(Path.of("target", "pdf"));
      BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 110);
      ImageIO.write(page, "png", dir.resolve(name + ".png").toFile());
      Files.write(dir.resolve(name + ".pdf"), pdf);
      return new PDFTextStripper().getText(document).replace('\u00A0', ' ').replace('\u202F', ' ');
    }
  }
}
