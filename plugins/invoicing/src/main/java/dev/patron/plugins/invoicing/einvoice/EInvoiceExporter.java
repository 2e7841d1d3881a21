package dev.patron.plugins.invoicing.einvoice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import org.mustangproject.Invoice;
import org.mustangproject.ZUGFeRD.Profiles;
import org.mustangproject.ZUGFeRD.ZUGFeRD2PullProvider;
import org.mustangproject.ZUGFeRD.ZUGFeRDExporterFromPDFA;

/**
 * Writes e-invoices with Mustang: the CII XML under XRechnung, or the printed PDF/A-1b made PDF/A-3
 * with that XML embedded (ZUGFeRD / Factur-X, profile EN 16931). Blocking: call it off the event loop.
 */
public final class EInvoiceExporter {

  private EInvoiceExporter() {
  }

  /** Checks {@code content} has what {@code format} needs (else a 422 naming it). */
  public static void check(EInvoiceContent content, EInvoiceFormat format) {
    EInvoiceGaps.check(content, format);
  }

  /** The e-invoice in {@code format}; {@code printed} lays out the PDF/A-1b a ZUGFeRD invoice carries. */
  public static byte[] export(EInvoiceContent content, EInvoiceFormat format, Callable<byte[]> printed,
      String creator) throws Exception {
    return format == EInvoiceFormat.XRECHNUNG ? xrechnung(content) : zugferd(content, printed.call(), creator);
  }

  public static byte[] xrechnung(EInvoiceContent content) {
    Invoice invoice = MustangMapping.toMustang(content);
    ZUGFeRD2PullProvider provider = new ZUGFeRD2PullProvider();
    provider.setProfile(Profiles.getByName("XRechnung"));
    provider.generateXML(invoice);
    return provider.getXML();
  }

  /** {@code printed}, a PDF/A-1b, as a ZUGFeRD PDF/A-3 carrying the content's XML. */
  public static byte[] zugferd(EInvoiceContent content, byte[] printed, String creator) {
    Invoice invoice = MustangMapping.toMustang(content);
    try (ZUGFeRDExporterFromPDFA exporter = new ZUGFeRDExporterFromPDFA()) {
      exporter.load(printed);
      exporter.setProducer("Patron").setCreator(creator).setProfile(Profiles.getByName("EN16931"));
      exporter.setTransaction(invoice);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      exporter.export(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
