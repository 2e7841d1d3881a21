package dev.patron.plugins.invoicing.einvoice;

import java.util.Locale;

/**
 * The EN 16931 e-invoices a document exports as: {@link #ZUGFERD}, the printed PDF as PDF/A-3 with
 * the Cross Industry Invoice XML inside (ZUGFeRD 2 / Factur-X, profile EN 16931), read by people
 * and machines alike; {@link #XRECHNUNG}, the CII XML alone under the German CIUS XRechnung 3.
 */
public enum EInvoiceFormat {
  ZUGFERD("application/pdf", "pdf"),
  XRECHNUNG("application/xml", "xml");

  private final String mediaType;
  private final String extension;

  EInvoiceFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  /** The format for a {@code format} query value ({@code zugferd}, {@code factur-x}, {@code xrechnung}), or {@code null}. */
  public static EInvoiceFormat of(String name) {
    if (name == null) {
      return null;
    }
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "zugferd", "factur-x", "facturx" -> ZUGFERD;
      case "xrechnung" -> XRECHNUNG;
      default -> null;
    };
  }
}
