package dev.patron.kit.http;

import dev.patron.api.plugin.ApiResponse;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/** Writing JSON responses the same way in the core and in every plugin. */
public final class Responses {

  private Responses() {
  }

  public static Future<Void> json(RoutingContext rc, int status, JsonObject body) {
    return rc.response()
        .setStatusCode(status)
        .putHeader("Content-Type", "application/json")
        .end(body.toBuffer());
  }

  public static Future<Void> ok(RoutingContext rc, JsonObject body) {
    return json(rc, 200, body);
  }

  public static Future<Void> noContent(RoutingContext rc) {
    return rc.response().setStatusCode(204).end();
  }

  /** A list page: {@code {"items": [...], "nextCursor": "..."}} ({@code nextCursor} null on the last page). */
  public static Future<Void> page(RoutingContext rc, List<JsonObject> items, String nextCursor) {
    return ok(rc, new JsonObject().put("items", new JsonArray(List.copyOf(items))).put("nextCursor", nextCursor));
  }

  /** Sends a stored response, marking a replay with {@code Idempotent-Replayed: true}. */
  public static Future<Void> send(RoutingContext rc, ApiResponse response) {
    var http = rc.response().setStatusCode(response.status());
    response.headers().forEach(http::putHeader);
    if (response.replayed()) {
      http.putHeader("Idempotent-Replayed", "true");
    }
    if (response.body() == null) {
      return http.end();
    }
    return http.putHeader("Content-Type", "application/json").end(response.body().toBuffer());
  }
}
