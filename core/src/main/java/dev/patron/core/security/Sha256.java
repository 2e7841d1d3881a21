package dev.patron.core.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256, for request fingerprints and for hashing high-entropy secrets. */
public final class Sha256 {

  private Sha256() {
  }

  public static byte[] of(byte[] input) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(input);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  public static byte[] of(String input) {
    return of(input.getBytes(StandardCharsets.UTF_8));
  }
}
