package dev.patron.api.plugin;

import dev.patron.api.plugin.ApiResponse;
import dev.patron.api.tenant.Tenant;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import java.util.function.Function;

/**
 * Makes a write safe to retry: with the same {@code Idempotency-Key} and the same request, the
 * first successful response is replayed instead of writing again; the same key with a different
 * request is a 409. Keys are kept 24 hours, per tenant and scope.
 */
public interface Idempotency {

  /**
   * Runs {@code work} in a transaction that also records {@code key}; without a key, just runs it in
   * a transaction. A failed {@code work} records nothing, so the client may retry.
   *
   * @param scope names the operation, e.g. {@code gift-cards:activity}
   * @param request what makes two requests "the same", usually the body plus the path's ids
   */
  Future<ApiResponse> run(
      Tenant tenant,
      String scope,
      String key,
      JsonObject request,
      Function<SqlConnection, Future<ApiResponse>> work);
}
