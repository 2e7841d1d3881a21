package dev.patron.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The plugin contract's identity. {@link #VERSION} is the semantic version a plugin's {@code
 * Plugin-Requires} manifest entry is checked against when the host loads it.
 *
 * <p>The contract is what this artifact holds and nothing more: the extension points ({@code
 * dev.patron.api.plugin}), the records they pass ({@code customer}, {@code event}, {@code tenant},
 * {@code money}) and problems ({@code problem}). Within a major version it only grows: a build check (japicmp,
 * against the baseline in {@code api/src/test/resources/baseline}) fails on any binary or source
 * incompatible change unless the major version is raised. The helpers that the core and plugins
 * share live apart, in the separately versioned kit ({@code dev.patron.kit}).
 */
public final class PatronSdk {

  /** Semantic version of the contract, e.g. {@code 2.0.0}. */
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
