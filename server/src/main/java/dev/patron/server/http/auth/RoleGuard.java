package dev.patron.server.http.auth;

import dev.patron.api.plugin.PluginRequest;
import dev.patron.api.problem.Problem;
import dev.patron.api.tenant.StaffRole;
import dev.patron.core.tenant.TenantContext;
import dev.patron.server.http.MediaTypeGuard;
import dev.patron.server.http.contract.Operation;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * Holds a restaurant's caller to the role its operation declares ({@value Operation#ROLE_EXTENSION}
 * in the API document, the core's and every plugin's alike): below it is a 403 naming the role
 * needed. A plugin's operation is left to the plugin's gate for a tenant that has not enabled the
 * plugin (404, as if the route did not exist).
 */
public final class RoleGuard implements Handler<RoutingContext> {

  @Override
  public void handle(RoutingContext rc) {
    Operation operation = rc.get(MediaTypeGuard.OPERATION);
    StaffRole role = rc.get(PluginRequest.ROLE);
    if (operation == null || role == null || role.includes(operation.role()) || hiddenPlugin(rc, operation)) {
      rc.next();
      return;
    }
    String who = TenantAuthHandler.session(rc) == null ? "API keys act as " + TenantAuthHandler.API_KEY_ROLE
        : "you are " + role;
    rc.fail(Problem.of(403, "role-required", "Not allowed for your role",
            "This needs the role " + operation.role() + " or higher; " + who + ".")
        .with("requiredRole", operation.role().name()).toException());
  }

  private static boolean hiddenPlugin(RoutingContext rc, Operation operation) {
    TenantContext tenant = TenantAuthHandler.contextOrNull(rc);
    return operation.pluginId() != null && (tenant == null || !tenant.pluginEnabled(operation.pluginId()));
  }
}
