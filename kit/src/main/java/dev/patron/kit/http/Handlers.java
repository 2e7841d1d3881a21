package dev.patron.kit.http;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.function.Function;

/**
 * Route handlers written as "request in, future out", as the core writes its own: a thrown
 * exception or a failed future fails the request, and the host answers a {@link
 * dev.patron.api.problem.ProblemException} with its problem details (anything else with a 500).
 */
public final class Handlers {

  private Handlers() {
  }

  public static Handler<RoutingContext> of(Function<RoutingContext, Future<?>> handler) {
    return rc -> {
      try {
        handler.apply(rc).onFailure(failure -> {
          if (!rc.failed() && !rc.response().ended()) {
            rc.fail(failure);
          }
        });
      } catch (RuntimeException e) {
        rc.fail(e);
      }
    };
  }
}
