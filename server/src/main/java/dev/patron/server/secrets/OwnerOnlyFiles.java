package dev.patron.server.secrets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Files in the data directory that only the server's own user may read: generated keys and token hashes. */
public final class OwnerOnlyFiles {

  private OwnerOnlyFiles() {
  }

  /** Writes {@code content} (ASCII) to {@code file}, creating its folder, and restricts it to its owner. Blocking. */
  public static void write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.US_ASCII);
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException ignored) {
      // not a POSIX file system
    }
  }
}
