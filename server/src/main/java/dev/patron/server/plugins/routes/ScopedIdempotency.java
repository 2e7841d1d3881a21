package dev.patron.server.plugins.routes;

import dev.patron.api.plugin.ApiResponse;
import dev.patron.api.plugin.Idempotency;
import dev.patron.api.tenant.Tenant;
import dev.patron.core.idempotency.IdempotencyService;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import java.util.function.Function;

/** Idempotency keys of one plugin: its scopes cannot collide with the core's or another plugin's. */
record ScopedIdempotency(String pluginId, IdempotencyService keys) implements Idempotency {

  @Override
  public Future<ApiResponse> run(Tenant tenant, String scope, String key, JsonObject request,
      Function<SqlConnection, Future<ApiResponse>> work) {
    return keys.run(tenant.id(), pluginId + ":" + scope, key, request, work);
  }
}
