package dev.patron.core.tenant;

import dev.patron.core.security.Sha256;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * API key secrets: 256 random bits, shown once, stored as a SHA-256 hash. A fast hash is right
 * here (unlike for passwords): with 256 bits of entropy there is nothing to guess, and checking a
 * key on every request must stay cheap.
 */
public final class ApiKeySecrets {

  /** Marks Patron keys, so a leaked one is recognisable in logs and secret scanners. */
  public static final String PREFIX = "ptn_";
  private static final int SECRET_BYTES = 32;
  private static final int DISPLAY_PREFIX_LENGTH = 12;
  private static final SecureRandom RANDOM = new SecureRandom();

  private ApiKeySecrets() {
  }

  public static String generate() {
    byte[] secret = new byte[SECRET_BYTES];
    RANDOM.nextBytes(secret);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }

  public static byte[] hash(String key) {
    return Sha256.of(key);
  }

  /** The start of a key, safe to show in lists so an admin can tell keys apart. */
  public static String displayPrefix(String key) {
    return key.substring(0, Math.min(DISPLAY_PREFIX_LENGTH, key.length()));
  }
}
