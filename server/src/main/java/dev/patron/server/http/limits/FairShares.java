package dev.patron.server.http.limits;

import dev.patron.server.config.PatronConfig.Fairness;
import dev.patron.server.http.limits.WorkLimits.Kind;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.function.Predicate;

/**
 * What keeps one restaurant from starving the others on this instance: the request rate limits and
 * the caps on concurrent expensive work, shared by every event loop. One per server.
 */
public final class FairShares {

  private final Fairness settings;
  private final RateLimitHandler rateLimits;
  private final WorkLimits work;

  public FairShares(Fairness settings, MeterRegistry registry) {
    this.settings = settings;
    this.rateLimits = new RateLimitHandler(settings, registry);
    this.work = new WorkLimits(registry);
  }

  /** Goes after tenant authentication. */
  public Handler<RoutingContext> rateLimits() {
    return rateLimits;
  }

  /** Caps a restaurant's exports running at once. */
  public Handler<RoutingContext> exports() {
    return work.cap(Kind.EXPORT, settings.concurrentExports(), rc -> true);
  }

  /** Caps a restaurant's search pages (customer lists with {@code q}) running at once. */
  public Handler<RoutingContext> searches() {
    Predicate<RoutingContext> searching = rc -> rc.request().getParam("q") != null;
    return work.cap(Kind.SEARCH, settings.concurrentSearches(), searching);
  }
}
