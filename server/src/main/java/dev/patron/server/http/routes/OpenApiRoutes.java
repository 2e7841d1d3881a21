package dev.patron.server.http.routes;

import dev.patron.server.http.Endpoints;
import io.vertx.core.buffer.Buffer;

/** {@code GET /api/v1/openapi.json}: the API description, read once at start. */
public final class OpenApiRoutes {

  private final Buffer document;

  public OpenApiRoutes(Buffer document) {
    this.document = document;
  }

  public void register(Endpoints endpoints) {
    endpoints.get("/openapi.json", rc -> rc.response()
        .putHeader("Content-Type", "application/json")
        .putHeader("Cache-Control", "public, max-age=300")
        .end(document));
  }
}
