package dev.patron.server.http;
import dev.patron.api.problem.ProblemException;
import dev.patron.api.problem.Problems;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;

/**
 * The first check of every request, before any route sees it: a Host header, a path and query
 * that decode, and no control characters in them. PostgreSQL cannot store U+0000, and no id,
 * filter or search a person types holds a control character, so they stop here once for every
 * route, the plugins' included, instead of in each route (or as a 500 from the database).
 */
public final class RequestSyntaxGuard implements Handler<RoutingContext> {

  @Override
  public void handle(RoutingContext rc) {
    HttpServerRequest request = rc.request();
    if (lacksHost(request)) {
      rc.fail(missingHost());
      return;
    }
    String path = RequestPaths.decoded(rc);
    if (path == null) {
      rc.fail(RequestPaths.malformed());
      return;
    }
    if (hasControlCharacter(path) || hasEncodedControlCharacter(path)) {
      rc.fail(Problems.badRequest("The path must not contain control characters."));
      return;
    }
    MultiMap query;
    try {
      query = rc.queryParams();
    } catch (RuntimeException e) {
      rc.fail(Problems.badRequest("The query string has a malformed percent-escape: '%' must be followed by two"
          + " hexadecimal digits (write %25 for a literal '%')."));
      return;
    }
    for (Map.Entry<String, String> parameter : query) {
      if (hasControlCharacter(parameter.getKey()) || hasControlCharacter(parameter.getValue())) {
        String name = hasControlCharacter(parameter.getKey()) ? "(a query parameter name)" : parameter.getKey();
        rc.fail(Problems.invalidField(name, "must not contain control characters"));
        return;
      }
    }
    rc.next();
  }

  static boolean lacksHost(HttpServerRequest request) {
    return request.version() != HttpVersion.HTTP_2 && request.getHeader(HttpHeaders.HOST) == null;
  }

  static ProblemException missingHost() {
    return Problems.badRequest("The request has no Host header; HTTP/1.1 requires one.");
  }

  /**
   * The normalised path keeps escapes of reserved characters; a path parameter is decoded only
   * when a route reads it, so an escaped control character ({@code %00}) must be caught here.
   */
  static boolean hasEncodedControlCharacter(String path) {
    for (int i = path.indexOf('%'); i >= 0 && i + 2 < path.length(); i = path.indexOf('%', i + 1)) {
      int high = Character.digit(path.charAt(i + 1), 16);
      int low = Character.digit(path.charAt(i + 2), 16);
      int value = high * 16 + low;
      if (high >= 0 && low >= 0 && (value < 0x20 || value == 0x7f)) {
        return true;
      }
    }
    return false;
  }

  static boolean hasControlCharacter(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.getType(text.charAt(i)) == Character.CONTROL) {
        return true;
      }
    }
    return false;
  }
}
