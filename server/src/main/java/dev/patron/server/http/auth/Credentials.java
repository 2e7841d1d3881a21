package dev.patron.server.http.auth;

import io.vertx.ext.web.RoutingContext;

/** Reads the bearer credential of a request. */
final class Credentials {

  private Credentials() {
  }

  /** The token of {@code Authorization: Bearer <token>}, or {@code null}. */
  static String bearer(RoutingContext rc) {
    String header = rc.request().getHeader("Authorization");
    if (header == null || header.length() < 8 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    String token = header.substring(7).strip();
    return token.isEmpty() || token.length() > 512 ? null : token;
  }
}
