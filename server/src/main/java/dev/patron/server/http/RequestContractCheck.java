package dev.patron.server.http;

import dev.patron.kit.http.QueryParams;
import dev.patron.kit.http.Requests;
import dev.patron.core.tenant.TenantContext;
import dev.patron.server.http.auth.TenantAuthHandler;
import dev.patron.server.http.contract.Operation;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * After authentication, holds a request to its documented operation: a query parameter the
 * operation does not declare is a 400 naming it (a misspelt filter must not silently list
 * everything), on every route alike. Then reads a JSON body once, strictly, for whichever handler
 * asks ({@link Requests#jsonObject}); a body of another media type the operation takes (a CSV
 * upload) is left to its handler.
 *
 * <p>A plugin's operation is left alone for a tenant that has not enabled the plugin, so the
 * plugin's gate answers 404 exactly as if the route did not exist.
 */
public final class RequestContractCheck implements Handler<RoutingContext> {

  @Override
  public void handle(RoutingContext rc) {
    Operation operation = rc.get(MediaTypeGuard.OPERATION);
    if (operation != null && operation.pluginId() != null && !enabled(rc, operation.pluginId())) {
      rc.next();
      return;
    }
    try {
      if (operation != null) {
        QueryParams.only(rc, operation.queryParameters(), operation.repeatableParameters());
      }
      if (MediaTypeGuard.hasBody(rc.request()) && MediaTypeGuard.isJson(rc.request())) {
        Requests.jsonValue(rc);
      }
    } catch (RuntimeException e) {
      rc.fail(e);
      return;
    }
    rc.next();
  }

  private static boolean enabled(RoutingContext rc, String pluginId) {
    TenantContext tenant = TenantAuthHandler.contextOrNull(rc);
    return tenant != null && tenant.pluginEnabled(pluginId);
  }
}
