package dev.patron.plugins.invoicing.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Liberation Sans, regular and bold, embedded in every document: PDF/A requires embedded fonts, and
 * it prints €, umlauts and accents alike. The files are read once; each document embeds the subset
 * it uses.
 */
final class Fonts {

  private static final byte[] REGULAR = read("liberation/LiberationSans-Regular.ttf");
  private static final byte[] BOLD = read("liberation/LiberationSans-Bold.ttf");

  private Fonts() {
  }

  static BaseFont regular() {
    return create("LiberationSans-Regular.ttf", REGULAR);
  }

  static BaseFont bold() {
    return create("LiberationSans-Bold.ttf", BOLD);
  }

  private static BaseFont create(String name, byte[] bytes) {
    try {
      return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(String resource) {
    try (InputStream in = Fonts.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("font " + resource + " is not bundled");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
