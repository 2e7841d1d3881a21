package dev.patron.server.metrics;

import dev.patron.server.config.PatronConfig.MetricsPort;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /metrics} on a port of its own ({@code PATRON_METRICS_PORT}), without credentials, for
 * a Prometheus on the private network; everything else there is a 404. Deployed only when the port
 * is set.
 */
public final class MetricsPortVerticle extends VerticleBase {

  private static final Logger log = LoggerFactory.getLogger(MetricsPortVerticle.class);

  private final ServerMetrics metrics;
  private final MetricsPort settings;
  private HttpServer server;

  public MetricsPortVerticle(ServerMetrics metrics, MetricsPort settings) {
    this.metrics = metrics;
    this.settings = settings;
  }

  @Override
  public Future<?> start() {
    server = vertx.createHttpServer().requestHandler(request -> {
      if (request.method() == HttpMethod.GET && "/metrics".equals(request.path())) {
        MetricsRoutes.send(request.response(), metrics);
      } else {
        request.response().setStatusCode(404).putHeader("Content-Type", "text/plain").end("Only GET /metrics here.\n");
      }
    });
    return server.listen(settings.port(), settings.host())
        .onSuccess(s -> log.info("Metrics also on http://{}:{}/metrics, without credentials", settings.host(), s.actualPort()));
  }

  @Override
  public Future<?> stop() {
    return server == null ? Future.succeededFuture() : server.close();
  }
}
