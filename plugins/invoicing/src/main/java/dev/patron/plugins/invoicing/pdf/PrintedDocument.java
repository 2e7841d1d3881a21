package dev.patron.plugins.invoicing.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import dev.patron.api.customer.Address;
import dev.patron.plugins.invoicing.invoice.BillTo;
import dev.patron.plugins.invoicing.seller.Seller;
import java.awt.Color;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One printed A4 business document as PDF/A-1b (fonts embedded, sRGB output intent, XMP metadata),
 * ready for archiving and for a ZUGFeRD exporter: the seller's letterhead, the buyer's address in
 * the window of a DL envelope, a block of facts, tables, and a footer with the seller's legal
 * details on every page. Text stays text, so it can be searched and extracted.
 */
final class PrintedDocument {

  static final Color RULE = new Color(0x99, 0x99, 0x99);
  static final Color SHADE = new Color(0xEE, 0xEE, 0xEE);

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final Document document = new Document(PageSize.A4, 56, 56, 48, 72);
  private final PdfWriter writer;
  final Font text;
  final Font small;
  final Font bold;
  final Font title;
  final Font letterhead;

  PrintedDocument(String documentTitle, Seller seller, String restaurantName, Labels labels) {
    writer = PdfWriter.getInstance(document, out);
    writer.setPDFXConformance(PdfWriter.PDFA1B);
    BaseFont regular = Fonts.regular();
    BaseFont heavy = Fonts.bold();
    text = new Font(regular, 9.5f);
    small = new Font(regular, 7.5f);
    bold = new Font(heavy, 9.5f);
    title = new Font(heavy, 15);
    letterhead = new Font(heavy, 17);
    document.addTitle(documentTitle);
    document.addAuthor(seller == null ? restaurantName : seller.legalName());
    document.addCreator("Patron");
    writer.setPageEvent(new Footer(footerText(seller, labels), small, labels));
    document.open();
    try {
      writer.setOutputIntents("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
          ICC_Profile.getInstance(ColorSpace.CS_sRGB));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The letterhead: the seller's name on the left, its address and contact on the right. */
  void letterhead(Seller seller, String restaurantName, Labels labels) {
    PdfPTable head = table(new float[] {6, 4});
    head.addCell(plain(new Phrase(seller == null ? restaurantName : seller.legalName(), letterhead),
        Element.ALIGN_LEFT));
    String contact = seller == null ? "" : lines(seller.street(), joined(" ", seller.postalCode(), seller.city()),
        seller.country(), seller.phone(), seller.email(), labels.text("vatId") + " " + seller.vatId());
    head.addCell(plain(new Phrase(contact, small), Element.ALIGN_RIGHT));
    head.setSpacingAfter(28);
    add(head);
  }

  /** The buyer's address (with the seller's return line above it) beside the document's facts. */
  void addressAndFacts(Seller seller, BillTo billTo, Labels labels, List<String[]> facts) {
    PdfPTable row = table(new float[] {11, 9});
    Phrase address = new Phrase();
    if (seller != null) {
      address.add(new Phrase(String.join(" · ", seller.legalName(), seller.street(),
          joined(" ", seller.postalCode(), seller.city())) + "\n\n", small));
    }
    address.add(new Phrase(buyerLines(billTo, labels), text));
    row.addCell(plain(address, Element.ALIGN_LEFT));
    PdfPTable factTable = table(new float[] {5, 4});
    for (String[] fact : facts) {
      factTable.addCell(plain(new Phrase(fact[0], text), Element.ALIGN_LEFT));
      factTable.addCell(plain(new Phrase(fact[1], bold), Element.ALIGN_RIGHT));
    }
    PdfPCell factCell = new PdfPCell(factTable);
    factCell.setBorder(Rectangle.NO_BORDER);
    row.addCell(factCell);
    row.setSpacingAfter(24);
    add(row);
  }

  void heading(String heading) {
    Paragraph paragraph = new Paragraph(heading, title);
    paragraph.setSpacingAfter(10);
    add(paragraph);
  }

  void paragraph(String content) {
    Paragraph paragraph = new Paragraph(content, text);
    paragraph.setSpacingBefore(4);
    paragraph.setSpacingAfter(8);
    paragraph.setLeading(13);
    add(paragraph);
  }

  /** A table with a shaded header row repeated on every page; the last {@code rightColumns} align right. */
  PdfPTable lineTable(float[] widths, List<String> headers, int rightColumns) {
    PdfPTable table = table(widths);
    table.setHeaderRows(1);
    for (int i = 0; i < headers.size(); i++) {
      PdfPCell cell = ruled(new Phrase(headers.get(i), bold), i >= headers.size() - rightColumns);
      cell.setBackgroundColor(SHADE);
      table.addCell(cell);
    }
    return table;
  }

  void addRow(PdfPTable table, List<String> cells, int rightColumns) {
    for (int i = 0; i < cells.size(); i++) {
      table.addCell(ruled(new Phrase(cells.get(i), text), i >= cells.size() - rightColumns));
    }
  }

  /** Label and amount rows under a line table, the amounts right-aligned; bold rows for totals. */
  PdfPTable totalsTable() {
    PdfPTable table = table(new float[] {7, 5, 3});
    table.setSpacingBefore(6);
    return table;
  }

  void addTotal(PdfPTable table, String label, String amount, boolean strong) {
    table.addCell(plain(new Phrase("", text), Element.ALIGN_LEFT));
    PdfPCell labelCell = plain(new Phrase(label, strong ? bold : text), Element.ALIGN_LEFT);
    PdfPCell amountCell = plain(new Phrase(amount, strong ? bold : text), Element.ALIGN_RIGHT);
    if (strong) {
      labelCell.setBorder(Rectangle.TOP);
      amountCell.setBorder(Rectangle.TOP);
      labelCell.setBorderColor(RULE);
      amountCell.setBorderColor(RULE);
    }
    table.addCell(labelCell);
    table.addCell(amountCell);
  }

  void add(Element element) {
    document.add(element);
  }

  byte[] finish() {
    writer.createXmpMetadata();
    document.close();
    return out.toByteArray();
  }

  static PdfPTable table(float[] widths) {
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    return table;
  }

  private static PdfPCell plain(Phrase phrase, int alignment) {
    PdfPCell cell = new PdfPCell(phrase);
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setHorizontalAlignment(alignment);
    cell.setPadding(2);
    return cell;
  }

  private static PdfPCell ruled(Phrase phrase, boolean right) {
    PdfPCell cell = new PdfPCell(phrase);
    cell.setBorder(Rectangle.BOTTOM);
    cell.setBorderColor(RULE);
    cell.setHorizontalAlignment(right ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
    cell.setPaddingTop(4);
    cell.setPaddingBottom(5);
    return cell;
  }

  private static String buyerLines(BillTo billTo, Labels labels) {
    Address a = billTo.address();
    String name = billTo.company() == null ? billTo.name() : billTo.company();
    String attention = billTo.company() == null ? null : billTo.name();
    return lines(name, attention, a == null ? null : a.street(),
        a == null ? null : joined(" ", a.postalCode(), a.city()), a == null ? null : a.country(),
        billTo.taxId() == null ? null : labels.text("buyerVatId") + " " + billTo.taxId());
  }

  private static String footerText(Seller seller, Labels labels) {
    if (seller == null) {
      return "";
    }
    return Stream.of(seller.legalName(), joined(", ", seller.street(), joined(" ", seller.postalCode(), seller.city())),
            labels.text("vatId") + " " + seller.vatId(),
            seller.registryNumber() == null ? null : labels.text("registry") + " " + seller.registryNumber(),
            seller.iban() == null ? null : labels.text("bank", seller.ibanPrinted(), Objects.toString(seller.bic(), "-")))
        .filter(Objects::nonNull)
        .collect(Collectors.joining(" · "));
  }

  static String lines(String... parts) {
    return Stream.of(parts).filter(part -> part != null && !part.isBlank()).collect(Collectors.joining("\n"));
  }

  static String joined(String separator, String... parts) {
    return Stream.of(parts).filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(separator));
  }

  /** The seller's legal details and the page number at the foot of every page. */
  private static final class Footer extends PdfPageEventHelper {
    private final String legal;
    private final Font font;
    private final Labels labels;

    Footer(String legal, Font font, Labels labels) {
      this.legal = legal;
      this.font = font;
      this.labels = labels;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      PdfPTable footer = table(new float[] {9, 1});
      footer.setTotalWidth(document.right() - document.left());
      PdfPCell legalCell = new PdfPCell(new Phrase(legal, font));
      legalCell.setBorder(Rectangle.TOP);
      legalCell.setBorderColor(RULE);
      footer.addCell(legalCell);
      PdfPCell page = new PdfPCell(new Phrase(labels.text("page", writer.getPageNumber()), font));
      page.setBorder(Rectangle.TOP);
      page.setBorderColor(RULE);
      page.setHorizontalAlignment(Element.ALIGN_RIGHT);
      footer.addCell(page);
      PdfContentByte canvas = writer.getDirectContent();
      footer.writeSelectedRows(0, -1, document.left(), document.bottom() - 12, canvas);
    }
  }
}
