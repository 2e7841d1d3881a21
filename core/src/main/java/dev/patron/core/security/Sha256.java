package dev.patron.core.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256, for request fingerprints and for hashing high-entropy secrets. */
public final class Sha256 {

  private Sha256() {
  }

  // One digest per thread: looking one up in the security providers costs more than hashing a key,
  // and every request hashes its API key.
  private static final ThreadLocal<MessageDigest> DIGESTS = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  });

  public static byte[] of(byte[] input) {
    // digest() resets the digest, so it is ready for the thread's next call.
    return DIGESTS.get().digest(input);
  }

  public static byte[] of(String input) {
    return of(input.getBytes(StandardCharsets.UTF_8));
  }
}
