package dev.patron.server.http.auth;

import dev.patron.core.security.SecretTokens;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.time.Instant;

/**
 * The session cookies: {@code HttpOnly} (no script reads them), {@code SameSite=Strict} (no other
 * site's page sends them), {@code Secure} when the server is reached over TLS, path {@code /}, and
 * gone when the session's absolute lifetime ends.
 */
public final class SessionCookies {

  /** A staff user's session. */
  public static final String STAFF = "patron_session";
  /** The host admin's console session. */
  public static final String ADMIN = "patron_admin_session";

  private final boolean secure;

  public SessionCookies(boolean secure) {
    this.secure = secure;
  }

  /** The token in the named cookie, or {@code null} when there is none (or it is no token of {@code prefix}). */
  public static String read(RoutingContext rc, String name, String prefix) {
    Cookie cookie = rc.request().getCookie(name);
    if (cookie == null) {
      return null;
    }
    String value = cookie.getValue();
    return value == null || value.length() > SecretTokens.MAX_LENGTH || !value.startsWith(prefix) ? null : value;
  }

  public void set(RoutingContext rc, String name, String token, Instant expiresAt, Instant now) {
    rc.response().addCookie(base(name, token).setMaxAge(Math.max(1, Duration.between(now, expiresAt).getSeconds())));
  }

  /** Tells the browser to drop the cookie. */
  public void clear(RoutingContext rc, String name) {
    rc.response().addCookie(base(name, "").setMaxAge(0));
  }

  private Cookie base(String name, String value) {
    return Cookie.cookie(name, value).setPath("/").setHttpOnly(true).setSecure(secure)
        .setSameSite(CookieSameSite.STRICT);
  }
}
