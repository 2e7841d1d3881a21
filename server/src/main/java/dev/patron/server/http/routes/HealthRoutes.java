package dev.patron.server.http.routes;

import dev.patron.kit.http.Responses;
import dev.patron.server.ServerContext;
import dev.patron.server.http.Endpoints;
import dev.patron.server.plugins.PluginStatus;
import dev.patron.server.plugins.events.DispatchHeartbeat;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.SqlClient;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * {@code /health/live} (the process answers) and {@code /health/ready}: each dependency's state,
 * machine-readable, and 503 when any is down — the database answers, every plugin the host
 * requires runs, and event dispatch is alive (its timer ticked lately, or nothing listens).
 */
public final class HealthRoutes {

  private final SqlClient reader;
  private final ServerContext shared;

  public HealthRoutes(SqlClient reader, ServerContext shared) {
    this.reader = reader;
    this.shared = shared;
  }

  public void register(Endpoints endpoints) {
    endpoints.get("/live", rc -> Responses.ok(rc, new JsonObject().put("status", "UP")));
    endpoints.get("/ready", this::ready);
  }

  private Future<?> ready(RoutingContext rc) {
    long started = System.nanoTime();
    return reader.query("SELECT 1").execute()
        .timeout(2, TimeUnit.SECONDS)
        .transform(result -> {
          JsonObject database = new JsonObject().put("status", result.succeeded() ? "UP" : "DOWN")
              .put("latencyMs", (System.nanoTime() - started) / 1_000_000);
          if (result.failed()) {
            database.put("detail", "The database does not answer.");
          }
          JsonObject checks = new JsonObject().put("database", database).put("plugins", plugins())
              .put("eventDispatch", eventDispatch());
          boolean up = checks.stream().allMatch(check -> "UP".equals(((JsonObject) check.getValue()).getString("status")));
          // "database" at the top level, as before the checks: probes that read it keep working.
          JsonObject body = new JsonObject().put("status", up ? "UP" : "DOWN").put("database", database.getString("status"))
              .put("checks", checks);
          return Responses.json(rc, up ? 200 : 503, body);
        });
  }

  /** Down when a plugin the host requires ({@code PATRON_REQUIRED_PLUGINS}) does not run; lists every failed one. */
  private JsonObject plugins() {
    JsonArray failed = new JsonArray();
    boolean requiredRunning = true;
    for (PluginStatus status : shared.plugins().statuses()) {
      boolean running = PluginStatus.STARTED.equals(status.state());
      if (!running && !PluginStatus.DISABLED.equals(status.state())) {
        failed.add(new JsonObject().put("id", status.id()).put("state", status.state()).put("failure", status.failure()));
      }
      if (!running && shared.config().requiredPlugins().contains(status.id())) {
        requiredRunning = false;
      }
    }
    return new JsonObject().put("status", requiredRunning ? "UP" : "DOWN")
        .put("required", new JsonArray(shared.config().requiredPlugins().stream().sorted().toList()))
        .put("failed", failed);
  }

  /** Alive when its timer ticked within ten poll intervals (at least 5 s). */
  private JsonObject eventDispatch() {
    DispatchHeartbeat heartbeat = shared.dispatchHeartbeat();
    Duration window = shared.config().events().pollInterval().multipliedBy(10);
    boolean alive = heartbeat.alive(window.compareTo(Duration.ofSeconds(5)) < 0 ? Duration.ofSeconds(5) : window);
    return new JsonObject().put("status", alive ? "UP" : "DOWN")
        .put("listeningPlugins", heartbeat.listeningPlugins())
        .put("lastBeatAt", heartbeat.lastBeat() == null ? null : heartbeat.lastBeat().toString());
  }
}
