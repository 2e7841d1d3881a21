package dev.patron.server.secrets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The host's secret key, from which each plugin's {@link PluginSecretBox} key is derived. Given by
 * {@code PATRON_SECRET_KEY}, or generated on first start into the data directory (readable by
 * the owner only). Every instance of one deployment needs the same key: set {@code
 * PATRON_SECRET_KEY} when running more than one.
 */
public final class HostSecretKey {

  static final String FILE = "secret.key";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final byte[] key;

  private HostSecretKey(byte[] key) {
    this.key = key;
  }

  /** A key from configured text of any form (at least 32 characters, checked by the config). */
  public static HostSecretKey of(String configured) {
    try {
      return new HostSecretKey(MessageDigest.getInstance("SHA-256").digest(configured.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** The configured key, else the one generated earlier in {@code dataDir}, else a new one. Blocking. */
  public static HostSecretKey resolve(String configured, Path dataDir) {
    if (configured != null) {
      return of(configured);
    }
    Path file = dataDir.resolve(FILE);
    try {
      if (Files.exists(file)) {
        return new HostSecretKey(Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip()));
      }
      byte[] generated = new byte[32];
      RANDOM.nextBytes(generated);
      OwnerOnlyFiles.write(file, Base64.getEncoder().encodeToString(generated) + "\n");
      return new HostSecretKey(generated);
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalStateException("cannot read or write the secret key file " + file + ": " + e.getMessage(), e);
    }
  }

  /** A 256-bit key for one purpose (HMAC-SHA256 of the purpose under the host key). */
  byte[] derive(String purpose) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }

  /** The box sealing {@code pluginId}'s secrets. */
  public PluginSecretBox boxFor(String pluginId) {
    return new PluginSecretBox(pluginId, derive("patron.plugin-secrets:" + pluginId));
  }

  @Override
  public String toString() {
    return "HostSecretKey[hidden]";
  }
}
