package dev.patron.server.http.limits;

import dev.patron.api.problem.Problem;
import dev.patron.core.tenant.TenantContext;
import dev.patron.server.http.auth.TenantAuthHandler;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Caps how much expensive work one restaurant has in flight on this instance (exports, search
 * pages), so one restaurant exporting or searching in a loop cannot take the database from the
 * others: past the cap a request is a {@code 429} with {@code Retry-After} (after a pause, {@link
 * Refusals}), and the work already running goes on. Thread-safe; one per server.
 */
public final class WorkLimits {

  /** Kinds of expensive work, each with its own cap per restaurant. */
  public enum Kind { EXPORT, SEARCH }

  private record Slot(UUID tenantId, Kind kind) {
  }

  private final Map<Slot, Integer> running = new ConcurrentHashMap<>();
  private final Counter limited;

  public WorkLimits(MeterRegistry registry) {
    this.limited = RateLimitHandler.limitedCounter(registry, "work");
  }

  /**
   * A handler that admits the request's work of {@code kind} while the restaurant has fewer than
   * {@code cap} running, and frees the slot when the response ends (or the connection goes); requests
   * {@code applies} rejects pass untouched. A cap of 0 admits everything.
   */
  public Handler<RoutingContext> cap(Kind kind, int cap, Predicate<RoutingContext> applies) {
    return rc -> {
      if (cap == 0 || !applies.test(rc)) {
        rc.next();
        return;
      }
      TenantContext context = TenantAuthHandler.context(rc);
      Slot slot = new Slot(context.tenant().id(), kind);
      if (!acquire(slot, cap)) {
        limited.increment();
        Refusals.refuse(rc, Problem.of(429, "too-much-work", "Too much work at once",
                "The restaurant has " + cap + " " + kind.name().toLowerCase(Locale.ROOT)
                    + (cap == 1 ? "" : "s") + " running already; try again when one has finished.")
            .with("retryAfter", 2), 2);
        return;
      }
      rc.addEndHandler(done -> release(slot));
      rc.next();
    };
  }

  // compute() makes each count-and-check one atomic step, so the cap holds under any interleaving.
  private boolean acquire(Slot slot, int cap) {
    boolean[] admitted = {false};
    running.compute(slot, (s, count) -> {
      int now = count == null ? 0 : count;
      if (now >= cap) {
        return count;
      }
      admitted[0] = true;
      return now + 1;
    });
    return admitted[0];
  }

  private void release(Slot slot) {
    running.computeIfPresent(slot, (s, count) -> count <= 1 ? null : count - 1);
  }

  /** How many slots are held (for tests). */
  int running(UUID tenantId, Kind kind) {
    return running.getOrDefault(new Slot(tenantId, kind), 0);
  }
}
