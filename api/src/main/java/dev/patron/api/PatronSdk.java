package dev.patron.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The SDK's identity. {@link #VERSION} is the semantic version a plugin's {@code Plugin-Requires}
 * manifest entry is checked against when the host loads it.
 */
public final class PatronSdk {

  /** Semantic version of this SDK, e.g. {@code 1.0.0}. */
  public static final String VERSION = readVersion();

  private PatronSdk() {
  }

  private static String readVersion() {
    try (InputStream in = PatronSdk.class.getResourceAsStream("sdk.properties")) {
      if (in == null) {
        throw new IllegalStateException("dev/patron/api/sdk.properties is missing from the SDK jar");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
