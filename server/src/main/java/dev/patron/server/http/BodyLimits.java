package dev.patron.server.http;

import dev.patron.server.http.contract.Operation;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads request bodies up to the server's limit ({@code PATRON_MAX_BODY_BYTES}), or up to the
 * larger limit the request's documented operation declares ({@link Operation#BODY_LIMIT_EXTENSION},
 * e.g. a plugin's file upload); past it, 413. One body handler per distinct limit, made once. An
 * operation whose handler streams the body itself ({@link Operation#streamedBody()}) is left alone.
 */
final class BodyLimits implements Handler<RoutingContext> {

  private final long standardLimit;
  private final BodyHandler standard;
  private final Map<Long, BodyHandler> declared = new ConcurrentHashMap<>();

  BodyLimits(long standardLimit) {
    this.standardLimit = standardLimit;
    this.standard = handler(standardLimit);
  }

  @Override
  public void handle(RoutingContext rc) {
    Operation operation = rc.get(MediaTypeGuard.OPERATION);
    if (operation != null && operation.streamedBody()) {
      // Its handler reads the body as a stream (an upload to disk): paused until then, so nothing is lost
      // while the key is checked.
      rc.request().pause();
      rc.next();
      return;
    }
    long limit = operation == null ? 0 : operation.bodyLimit();
    BodyHandler bodies = limit > standardLimit ? declared.computeIfAbsent(limit, BodyLimits::handler) : standard;
    bodies.handle(rc);
  }

  private static BodyHandler handler(long limit) {
    return BodyHandler.create(false).setBodyLimit(limit);
  }
}
