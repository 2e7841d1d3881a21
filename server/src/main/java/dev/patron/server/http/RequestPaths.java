package dev.patron.server.http;

import dev.patron.api.problem.ProblemException;
import dev.patron.api.problem.Problems;
import io.vertx.ext.web.RoutingContext;

/** The request's path for checks, logs and messages, without tripping over a malformed one. */
public final class RequestPaths {

  private RequestPaths() {
  }

  /** The decoded, normalised path, or {@code null} when it has a malformed percent-escape. */
  public static String decoded(RoutingContext rc) {
    try {
      return rc.normalizedPath();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The path to name in a log line or message: decoded when possible, else as sent. */
  public static String shown(RoutingContext rc) {
    String decoded = decoded(rc);
    return decoded != null ? decoded : rc.request().path();
  }

  static ProblemException malformed() {
    return Problems.badRequest("The path has a malformed percent-escape: '%' must be followed by two hexadecimal"
        + " digits (write %25 for a literal '%').");
  }
}
