package dev.patron.server.http.limits;

import dev.patron.api.problem.Problem;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers a refusal of fair shares (a 429) after a pause. A client that ignores Retry-After and
 * asks again at once would otherwise turn the refusals themselves into the flood: cheap each, but
 * as many as the event loop can answer, taking it from every other restaurant (measured: a victim's
 * p99 twelve times its own beside a hog refused 14,000 times a second). Paused, each of its
 * connections costs one refusal a second; the pause never exceeds the Retry-After it announces.
 */
final class Refusals {

  static final long PAUSE_MS = 1000;

  private Refusals() {
  }

  static void refuse(RoutingContext rc, Problem problem, long retryAfterSeconds) {
    long pause = Math.min(PAUSE_MS, Math.max(1, retryAfterSeconds) * 1000);
    rc.vertx().setTimer(pause, id -> rc.fail(problem.toException()));
  }
}
