package dev.patron.core.security;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Random bearer secrets (session ids, one-time links) and their stored form. A token carries 256
 * random bits, so its SHA-256 is all the database needs: a copy of the table opens nothing.
 */
public final class SecretTokens {

  private static final SecureRandom RANDOM = new SecureRandom();
  /** Longer than any token this class makes; longer input is refused unread. */
  public static final int MAX_LENGTH = 128;

  private SecretTokens() {
  }

  /** A new token: a prefix naming its kind, then 43 characters of base64url. */
  public static String create(String prefix) {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }

  public static byte[] hash(String token) {
    return Sha256.of(token);
  }

  /**
   * A value derived from {@code token} that cannot be turned back into it: the CSRF token of a
   * session, computed again on every request instead of stored.
   */
  public static String derive(String purpose, String token) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(Sha256.of(purpose + ":" + token));
  }

  /** Compares in constant time. */
  public static boolean same(String expected, String presented) {
    return presented != null && MessageDigest.isEqual(expected.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        presented.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
