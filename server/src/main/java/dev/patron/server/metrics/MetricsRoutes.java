package dev.patron.server.metrics;

import dev.patron.server.http.Endpoints;
import io.vertx.core.Future;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/** {@code GET /metrics}: the Prometheus text exposition, behind the admin token or a console session. */
public final class MetricsRoutes {

  private static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final ServerMetrics metrics;

  public MetricsRoutes(ServerMetrics metrics) {
    this.metrics = metrics;
  }

  public void register(Endpoints endpoints) {
    endpoints.get("/metrics", this::scrape);
  }

  private Future<Void> scrape(RoutingContext rc) {
    return send(rc.response(), metrics);
  }

  /** The scrape as the answer, in the Prometheus text format: here and on the metrics port. */
  static Future<Void> send(HttpServerResponse response, ServerMetrics metrics) {
    return response.putHeader("Content-Type", CONTENT_TYPE).putHeader("Cache-Control", "no-store")
        .end(metrics.scrape());
  }
}
