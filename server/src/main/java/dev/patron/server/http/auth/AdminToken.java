package dev.patron.server.http.auth;

import dev.patron.core.security.Sha256;
import dev.patron.server.secrets.OwnerOnlyFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The host's admin token. Given by {@code PATRON_ADMIN_TOKEN}, or generated on first start: then
 * only its SHA-256 is kept in the data directory and the token itself is printed once.
 */
public final class AdminToken {

  static final String FILE = "admin-token.sha256";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final byte[] hash;

  private AdminToken(byte[] hash) {
    this.hash = hash;
  }

  public static AdminToken of(String token) {
    return new AdminToken(Sha256.of(token));
  }

  /** The configured token, else the one generated earlier in {@code dataDir}, else a new one. */
  public static AdminToken resolve(String configured, Path dataDir, int port, PrintStream console) {
    if (configured != null) {
      return of(configured);
    }
    Path file = dataDir.resolve(FILE);
    try {
      if (Files.exists(file)) {
        return new AdminToken(HexFormat.of().parseHex(Files.readString(file, StandardCharsets.US_ASCII).strip()));
      }
      byte[] secret = new byte[32];
      RANDOM.nextBytes(secret);
      String token = "pta_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
      // Only a hash, but the owner's business alone all the same.
      OwnerOnlyFiles.write(file, HexFormat.of().formatHex(Sha256.of(token)) + "\n");
      console.println("""

          ==========================================================================
           Patron generated an admin token. It is shown this once; only its hash is
           kept (%s). Use it for the admin API:

             export PATRON_ADMIN=%s
             curl -H "Authorization: Bearer $PATRON_ADMIN" http://localhost:%d/api/v1/admin/tenants

           Lost it? Stop the server, delete that file and start again for a new one,
           or set PATRON_ADMIN_TOKEN.
          ==========================================================================
          """.formatted(file, token, port == 0 ? 8080 : port));
      return of(token);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or write the admin token file " + file + ": " + e.getMessage(), e);
    }
  }

  /** Compares in constant time, so response timing reveals nothing about the token. */
  public boolean matches(String presented) {
    return presented != null && MessageDigest.isEqual(hash, Sha256.of(presented));
  }
}
