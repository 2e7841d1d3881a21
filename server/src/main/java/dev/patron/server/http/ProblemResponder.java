package dev.patron.server.http;

import dev.patron.api.problem.Problem;
import dev.patron.api.problem.ProblemException;
import dev.patron.server.plugins.routes.PluginRoutes;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into an RFC 9457 problem. Problems raised on purpose pass through; HTTP
 * errors of the router (404, 405, 413 ...) get their standard wording; anything else is a 500
 * with a reference to the log line, never a stack trace.
 */
public final class ProblemResponder implements Handler<RoutingContext> {

  public static final String CONTENT_TYPE = "application/problem+json";
  private static final Logger log = LoggerFactory.getLogger(ProblemResponder.class);

  @Override
  public void handle(RoutingContext rc) {
    Problem problem = toProblem(rc);
    HttpServerResponse response = rc.response();
    if (response.ended() || response.headWritten()) {
      response.reset();
      return;
    }
    if (problem.status() == 401) {
      response.putHeader("WWW-Authenticate", "Bearer");
    }
    if (problem.status() == 429 && problem.properties().get("retryAfter") instanceof Number seconds) {
      response.putHeader("Retry-After", String.valueOf(seconds.longValue()));
    }
    if (!rc.request().isEnded() && carriesBody(rc.request())) {
      // A body left unread (a streamed upload refused, or cut off at its limit) would block the connection.
      // A request without one (a GET refused before its end was read) keeps its connection: closing
      // it would make every client refused at once, say by a rate limit, reconnect each time.
      response.putHeader("Connection", "close");
    }
    response.setStatusCode(problem.status())
        .putHeader("Content-Type", CONTENT_TYPE)
        .end(problem.toJson().toBuffer());
  }

  private static boolean carriesBody(HttpServerRequest request) {
    String length = request.getHeader("Content-Length");
    return request.getHeader("Transfer-Encoding") != null || (length != null && !length.trim().equals("0"));
  }

  private static Problem toProblem(RoutingContext rc) {
    Throwable failure = rc.failure();
    if (failure instanceof ProblemException problem) {
      return problem.problem();
    }
    if (RequestSyntaxGuard.lacksHost(rc.request())) {
      // vertx-web refuses such a request before any handler runs; say why instead of a 500.
      return RequestSyntaxGuard.missingHost().problem();
    }
    int status = failure instanceof HttpException http ? http.getStatusCode() : rc.statusCode();
    if (failure == null || failure instanceof HttpException) {
      Problem standard = standard(status, rc);
      if (standard != null) {
        return standard;
      }
    }
    String reference = UUID.randomUUID().toString();
    String plugin = rc.get(PluginRoutes.PLUGIN);
    log.atError().setCause(failure)
        .addKeyValue("reference", reference)
        .addKeyValue("plugin", plugin == null ? "-" : plugin)
        .addKeyValue("method", rc.request().method().name())
        .addKeyValue("path", RequestPaths.shown(rc))
        .log("Unexpected failure");
    Problem problem = Problem.of(500, "internal", "Internal server error",
        (plugin == null ? "Something went wrong on our side" : "The plugin '" + plugin + "' failed")
            + "; the change, if any, was not saved. Reference: " + reference);
    return plugin == null ? problem : problem.with("plugin", plugin);
  }

  private static Problem standard(int status, RoutingContext rc) {
    return switch (status) {
      case 400 -> RequestPaths.decoded(rc) == null ? RequestPaths.malformed().problem()
          : Problem.of(400, "bad-request", "The request is invalid", "The request could not be read.");
      case 401 -> Problem.of(401, "unauthorized", "Unauthorized", "Send a valid key as 'Authorization: Bearer <key>'.");
      case 403 -> Problem.of(403, "forbidden", "Forbidden", "This key may not use this route.");
      case 404 -> Problem.of(404, "not-found", "Not found", "No resource at " + rc.request().method() + " " + RequestPaths.shown(rc) + ".");
      case 405 -> Problem.of(405, "method-not-allowed", "Method not allowed",
          rc.request().method() + " is not supported on " + RequestPaths.shown(rc) + ".");
      case 413 -> Problem.of(413, "payload-too-large", "Payload too large", "The request body exceeds the server's limit.");
      case 415 -> Problem.of(415, "unsupported-media-type", "Unsupported media type", "Send the body as application/json.");
      default -> null;
    };
  }
}
