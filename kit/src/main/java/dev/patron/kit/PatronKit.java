package dev.patron.kit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The helper kit's identity. The kit is versioned apart from the plugin contract ({@code
 * dev.patron.api.PatronSdk}): a plugin's {@code Plugin-Requires} names the contract only, and the
 * host provides the kit it was built with.
 */
public final class PatronKit {

  /** Semantic version of this kit, e.g. {@code 1.0.0}. */
  public static final String VERSION = readVersion();

  private PatronKit() {
  }

  private static String readVersion() {
    try (InputStream in = PatronKit.class.getResourceAsStream("kit.properties")) {
      if (in == null) {
        throw new IllegalStateException("dev/patron/kit/kit.properties is missing from the kit jar");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
