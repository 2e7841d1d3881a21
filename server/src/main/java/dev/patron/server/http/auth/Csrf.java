package dev.patron.server.http.auth;

import dev.patron.api.problem.Problem;
import dev.patron.core.security.SecretTokens;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * CSRF protection for requests a session cookie authenticates: a state-changing request must also
 * send the session's CSRF token in {@value #HEADER}. Another site's page can make the browser send
 * the cookie, but cannot read the token (it is in a response body only the back office sees) nor
 * set a custom header without a CORS preflight the server never approves. The token is derived
 * from the session's id, so nothing extra is stored, and it changes with every new session.
 * Requests with a bearer key need none: browsers never add that header on their own.
 */
public final class Csrf {

  public static final String HEADER = "X-CSRF-Token";

  private Csrf() {
  }

  /** The CSRF token of the session whose cookie holds {@code sessionToken}. */
  public static String token(String sessionToken) {
    return SecretTokens.derive("csrf", sessionToken);
  }

  /** Refuses (403) a state-changing request without the session's token. */
  public static void check(RoutingContext rc, String sessionToken) {
    HttpMethod method = rc.request().method();
    if (method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS) {
      return;
    }
    if (!SecretTokens.same(token(sessionToken), rc.request().getHeader(HEADER))) {
      throw Problem.of(403, "csrf-token-missing", "CSRF token missing or wrong",
          "A change made with a session cookie must send the session's csrfToken in the " + HEADER + " header.")
          .toException();
    }
  }
}
