package dev.patron.server.http.auth;

import dev.patron.api.event.Actor;
import io.vertx.core.Vertx;
import io.vertx.core.internal.ContextInternal;

/**
 * The actor of the request being handled, kept in the request's own (duplicated) Vert.x context,
 * which follows the request through every asynchronous step of its handling: the host reads it
 * when a plugin records an event or changes a customer without naming the actor.
 */
public final class RequestActors {

  private static final Object KEY = new Object();

  private RequestActors() {
  }

  /** Binds {@code actor} to the current request's context; nothing outside a request's context. */
  static void bind(Actor actor) {
    if (Vertx.currentContext() instanceof ContextInternal context && context.isDuplicate()) {
      context.localContextData().put(KEY, actor);
    }
  }

  /** The actor of the request whose handling runs now, else {@code fallback}. */
  public static Actor currentOr(Actor fallback) {
    if (Vertx.currentContext() instanceof ContextInternal context && context.isDuplicate()
        && context.localContextData().get(KEY) instanceof Actor actor) {
      return actor;
    }
    return fallback;
  }
}
