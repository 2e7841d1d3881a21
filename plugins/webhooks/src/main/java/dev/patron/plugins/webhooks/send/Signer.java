package dev.patron.plugins.webhooks.send;

import dev.patron.plugins.webhooks.endpoint.SigningSecret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signatures: {@code v1,<base64(HMAC-SHA256(key, id.timestamp.body))>}, one per
 * secret, separated by spaces (during a rotation both the new and the previous secret sign).
 */
public final class Signer {

  private Signer() {
  }

  public static String signatures(String webhookId, long timestampSeconds, String body, List<String> secrets) {
    StringBuilder header = new StringBuilder();
    byte[] content = (webhookId + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8);
    for (String secret : secrets) {
      if (!header.isEmpty()) {
        header.append(' ');
      }
      header.append("v1,").append(Base64.getEncoder().encodeToString(hmac(SigningSecret.key(secret), content)));
    }
    return header.toString();
  }

  private static byte[] hmac(byte[] key, byte[] content) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(content);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }
}
