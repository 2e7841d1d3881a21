package dev.patron.server.config;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Defaults that depend on where the server was started from. */
final class DefaultPaths {

  private DefaultPaths() {
  }

  /**
   * The {@code plugins} folder beside the server jar ({@code server/target/plugins} after a build,
   * where the build puts the bundled plugins); {@code ./plugins} when not run from a jar.
   */
  static Path pluginsDir() {
    try {
      Path location = Path.of(DefaultPaths.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isRegularFile(location)) {
        return location.getParent().resolve("plugins");
      }
    } catch (URISyntaxException | RuntimeException ignored) {
      // fall back to the working directory
    }
    return Path.of("plugins");
  }
}
