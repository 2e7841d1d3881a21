package dev.patron.server.http;

import dev.patron.kit.http.Handlers;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.function.Function;

/**
 * Registers endpoints whose handlers return a future: a failed future or a thrown exception
 * fails the request, which {@link ProblemResponder} answers. Each route is named by its template,
 * for the access log and for checking the OpenAPI document.
 */
public final class Endpoints {

  private final Router router;
  private final String prefix;

  public Endpoints(Router router, String prefix) {
    this.router = router;
    this.prefix = prefix;
  }

  public void get(String path, Function<RoutingContext, Future<?>> handler) {
    add(HttpMethod.GET, path, handler);
  }

  public void post(String path, Function<RoutingContext, Future<?>> handler) {
    add(HttpMethod.POST, path, handler);
  }

  public void put(String path, Function<RoutingContext, Future<?>> handler) {
    add(HttpMethod.PUT, path, handler);
  }

  public void patch(String path, Function<RoutingContext, Future<?>> handler) {
    add(HttpMethod.PATCH, path, handler);
  }

  public void delete(String path, Function<RoutingContext, Future<?>> handler) {
    add(HttpMethod.DELETE, path, handler);
  }

  private void add(HttpMethod method, String path, Function<RoutingContext, Future<?>> handler) {
    String template = prefix + path;
    router.route(method, template).setName(method.name() + " " + template).handler(handle(template, handler));
  }

  /** Runs {@code handler} (see {@link Handlers}), naming the route for the access log. */
  public static Handler<RoutingContext> handle(String template, Function<RoutingContext, Future<?>> handler) {
    Handler<RoutingContext> run = Handlers.of(handler);
    return rc -> {
      rc.put(AccessLog.ROUTE, template);
      run.handle(rc);
    };
  }
}
