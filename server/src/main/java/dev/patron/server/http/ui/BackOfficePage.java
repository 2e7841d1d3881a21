package dev.patron.server.http.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The back office's one HTML page, read from the server jar once at start, with the Content
 * Security Policy that lets nothing run but the server's own scripts: the page's inline import map
 * is allowed by its hash, no other inline script is.
 */
public final class BackOfficePage {

  private static final Pattern IMPORT_MAP = Pattern.compile("<script type=\"importmap\">(.*?)</script>", Pattern.DOTALL);

  private final String html;
  private final String contentSecurityPolicy;

  private BackOfficePage(String html, String contentSecurityPolicy) {
    this.html = html;
    this.contentSecurityPolicy = contentSecurityPolicy;
  }

  /** Reads {@code backoffice/index.html} from the class path (at start: it is blocking I/O). */
  public static BackOfficePage load() {
    try (InputStream in = BackOfficePage.class.getResourceAsStream("/backoffice/index.html")) {
      if (in == null) {
        throw new IllegalStateException("backoffice/index.html is missing from the server jar");
      }
      String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Matcher importMap = IMPORT_MAP.matcher(html);
      if (!importMap.find()) {
        throw new IllegalStateException("backoffice/index.html has no import map");
      }
      String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
          .digest(importMap.group(1).getBytes(StandardCharsets.UTF_8)));
      String policy = "default-src 'self'; script-src 'self' 'sha256-" + hash + "'; style-src 'self';"
          + " img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
          + " frame-ancestors 'none'";
      return new BackOfficePage(html, policy);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public String html() {
    return html;
  }

  public String contentSecurityPolicy() {
    return contentSecurityPolicy;
  }
}
