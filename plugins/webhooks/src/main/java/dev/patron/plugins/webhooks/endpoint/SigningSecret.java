package dev.patron.plugins.webhooks.endpoint;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * A signing secret in the Standard Webhooks form: {@code whsec_} and the base64 of 32 random
 * bytes, the key of HMAC-SHA256.
 */
public final class SigningSecret {

  public static final String PREFIX = "whsec_";
  private static final SecureRandom RANDOM = new SecureRandom();

  private SigningSecret() {
  }

  public static String generate() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return PREFIX + Base64.getEncoder().encodeToString(key);
  }

  /** The HMAC key a secret stands for. */
  public static byte[] key(String secret) {
    return Base64.getDecoder().decode(secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret);
  }
}
