package dev.patron.server.metrics;

import dev.patron.core.tenant.RequestLimits;
import dev.patron.core.tenant.TenantContext;
import dev.patron.server.http.auth.TenantAuthHandler;
import dev.patron.server.http.AccessLog;
import dev.patron.server.http.MediaTypeGuard;
import dev.patron.server.http.contract.Operation;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Times every request as {@code patron_http_server_requests_seconds}, by method, route template
 * (the documented operation's, never the raw path: ids would make a series each), status class
 * who called (tenant, admin, anonymous) and the tenant's tier ({@code standard} under the host's
 * rate limits, {@code custom} under the admin's own for it, {@code none} for other callers) — a
 * bounded set of series whatever the traffic. The histogram's buckets are a dozen fixed bounds,
 * from 1 ms to 10 s. Tenants' own figures go to {@link BusiestTenants}.
 */
public final class HttpMetrics implements Handler<RoutingContext> {

  static final String NAME = "patron.http.server.requests";
  private static final Duration[] BUCKETS = {
      Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
      Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
      Duration.ofMillis(2500), Duration.ofSeconds(10)};

  /** One series' labels; its timer is built once and kept, so a request costs a map look-up and a record. */
  private record Series(String method, String route, String status, String caller, String tier) {
  }

  private final MeterRegistry registry;
  private final BusiestTenants busiest;
  private final Map<Series, Timer> timers = new ConcurrentHashMap<>();

  public HttpMetrics(ServerMetrics metrics) {
    this.registry = metrics.registry();
    this.busiest = metrics.busiestTenants();
  }

  @Override
  public void handle(RoutingContext rc) {
    long started = System.nanoTime();
    rc.addEndHandler(done -> {
      TenantContext tenant = TenantAuthHandler.contextOrNull(rc);
      if (tenant != null) {
        busiest.count(tenant.tenant().id());
      }
      Series series = new Series(rc.request().method().name(), route(rc), statusClass(rc.response().getStatusCode()),
          caller(rc), tier(tenant));
      timers.computeIfAbsent(series, this::timer).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    });
    rc.next();
  }

  private Timer timer(Series series) {
    return Timer.builder(NAME)
        .description("HTTP requests by route template and status class")
        .tag("method", series.method())
        .tag("route", series.route())
        .tag("status", series.status())
        .tag("caller", series.caller())
        .tag("tier", series.tier())
        .serviceLevelObjectives(BUCKETS)
        .register(registry);
  }

  private static String route(RoutingContext rc) {
    Operation operation = rc.get(MediaTypeGuard.OPERATION);
    if (operation != null) {
      return operation.template();
    }
    String route = rc.get(AccessLog.ROUTE);
    return route != null ? route : "unmatched";
  }

  static String statusClass(int status) {
    return status >= 100 && status < 600 ? (status / 100) + "xx" : "other";
  }

  private static String tier(TenantContext tenant) {
    if (tenant == null) {
      return "none";
    }
    return tenant.limits().equals(RequestLimits.DEFAULTS) ? "standard" : "custom";
  }

  private static String caller(RoutingContext rc) {
    Object caller = rc.get(AccessLog.CALLER);
    if (caller == null) {
      return "anonymous";
    }
    return "admin".equals(caller) ? "admin" : "tenant";
  }
}
