package dev.patron.server.http.routes;

import dev.patron.kit.http.Responses;
import dev.patron.server.http.Endpoints;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.SqlClient;
import java.util.concurrent.TimeUnit;

/** {@code /health/live} (the process answers) and {@code /health/ready} (and so does the database). */
public final class HealthRoutes {

  private final SqlClient reader;

  public HealthRoutes(SqlClient reader) {
    this.reader = reader;
  }

  public void register(Endpoints endpoints) {
    endpoints.get("/live", rc -> Responses.ok(rc, new JsonObject().put("status", "UP")));
    endpoints.get("/ready", this::ready);
  }

  private Future<?> ready(RoutingContext rc) {
    return reader.query("SELECT 1").execute()
        .timeout(2, TimeUnit.SECONDS)
        .transform(result -> result.succeeded()
            ? Responses.ok(rc, new JsonObject().put("status", "UP").put("database", "UP"))
            : Responses.json(rc, 503, new JsonObject().put("status", "DOWN").put("database", "DOWN")
                .put("detail", "The database does not answer.")));
  }
}
