package dev.patron.server.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per request: tenant, method, route template, status and time. Never the query
 * string, body or headers, which may carry personal data or secrets.
 */
public final class AccessLog implements Handler<RoutingContext> {

  /** Routing-context key of the matched route template, set by {@link Endpoints}. */
  public static final String ROUTE = "patron.route";
  /** Routing-context key of who called: a tenant id or {@code admin}. */
  public static final String CALLER = "patron.caller";

  private static final Logger log = LoggerFactory.getLogger("patron.access");

  @Override
  public void handle(RoutingContext rc) {
    long started = System.nanoTime();
    rc.addEndHandler(done -> {
      if (!log.isInfoEnabled()) {
        return;
      }
      String route = rc.get(ROUTE);
      Object caller = rc.get(CALLER);
      log.atInfo()
          .addKeyValue("tenant", caller == null ? "-" : caller)
          .addKeyValue("method", rc.request().method().name())
          .addKeyValue("route", route == null ? RequestPaths.shown(rc) : route)
          .addKeyValue("status", rc.response().getStatusCode())
          .addKeyValue("ms", (System.nanoTime() - started) / 1_000_000.0)
          .log("request");
    });
    rc.next();
  }
}
