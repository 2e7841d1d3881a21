package dev.patron.plugins.invoicing.support;

import dev.patron.kit.http.Responses;
import dev.patron.kit.http.Versions;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Answers with a versioned resource and its {@code ETag}. */
public final class Representations {

  private Representations() {
  }

  /** A read: 304 while the client's {@code If-None-Match} names the current version. */
  public static Future<Void> read(RoutingContext rc, long version, JsonObject body) {
    rc.response().putHeader("ETag", Versions.etag(version));
    if (Versions.notModified(rc, version)) {
      return rc.response().setStatusCode(304).end();
    }
    return Responses.ok(rc, body);
  }

  /** The resource after a write. */
  public static Future<Void> written(RoutingContext rc, long version, JsonObject body) {
    rc.response().putHeader("ETag", Versions.etag(version));
    return Responses.ok(rc, body);
  }
}
