package dev.patron.server.http;

import dev.patron.api.problem.Problem;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;

/**
 * Answers requests the HTTP decoder could not read (a request line or headers too long, a
 * malformed request) with problem details like every other error, instead of Vert.x's empty
 * default, then closes the connection, as what follows on it cannot be trusted.
 */
public final class InvalidRequestResponder implements Handler<HttpServerRequest> {

  @Override
  public void handle(HttpServerRequest request) {
    Throwable cause = request.decoderResult().cause();
    Problem problem;
    if (cause instanceof TooLongHttpLineException) {
      problem = Problem.of(414, "uri-too-long", "URI too long",
          "The request line is longer than the server accepts (8 KB); send long input in a body.");
    } else if (cause instanceof TooLongHttpHeaderException) {
      problem = Problem.of(431, "headers-too-large", "Request header fields too large",
          "The request's headers are larger than the server accepts (8 KB).");
    } else {
      problem = Problem.of(400, "bad-request", "The request is invalid", "The request is not valid HTTP/1.1.");
    }
    request.response()
        .setStatusCode(problem.status())
        .putHeader("Content-Type", ProblemResponder.CONTENT_TYPE)
        .putHeader("Connection", "close")
        .end(problem.toJson().toBuffer())
        .onComplete(done -> request.connection().close());
  }
}
