package dev.patron.server.http.auth;

import dev.patron.api.plugin.PluginRequest;
import dev.patron.api.problem.Problem;
import dev.patron.core.tenant.TenantContext;
import dev.patron.server.http.AccessLog;
import dev.patron.server.tenants.TenantDirectory;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.SqlClient;

/**
 * Lets a request through only with a live tenant API key, and scopes it to that key's tenant:
 * everything after reads the tenant from {@link #context(RoutingContext)}.
 */
public final class TenantAuthHandler implements Handler<RoutingContext> {

  static final String CONTEXT = "patron.tenantContext";

  private final TenantDirectory directory;
  private final AdminToken adminToken;
  private final SqlClient reader;

  public TenantAuthHandler(TenantDirectory directory, AdminToken adminToken, SqlClient reader) {
    this.directory = directory;
    this.adminToken = adminToken;
    this.reader = reader;
  }

  /** The tenant context of an authenticated request. */
  public static TenantContext context(RoutingContext rc) {
    TenantContext context = rc.get(CONTEXT);
    if (context == null) {
      throw new IllegalStateException("route is not behind TenantAuthHandler");
    }
    return context;
  }

  /** The tenant context, or {@code null} before (or without) tenant authentication. */
  public static TenantContext contextOrNull(RoutingContext rc) {
    return rc.get(CONTEXT);
  }

  @Override
  public void handle(RoutingContext rc) {
    String key = Credentials.bearer(rc);
    if (key == null) {
      rc.fail(Problem.of(401, "unauthorized", "Unauthorized",
          "Send your restaurant's API key as 'Authorization: Bearer <key>'.").toException());
      return;
    }
    directory.resolve(key, reader).onComplete(result -> {
      if (result.failed()) {
        rc.fail(result.cause());
      } else if (result.result() == null && adminToken.matches(key)) {
        // Checked only for keys that are no tenant's: a second hash on every request costs throughput.
        rc.fail(Problem.of(403, "forbidden", "Forbidden",
            "The admin token reaches /api/v1/admin only; use a tenant API key here.").toException());
      } else if (result.result() == null) {
        rc.fail(Problem.of(401, "unauthorized", "Unauthorized",
            "The API key is unknown or revoked, or its restaurant is disabled.").toException());
      } else {
        TenantContext context = result.result().context();
        rc.put(CONTEXT, context);
        rc.put(PluginRequest.TENANT, context.tenant());
        rc.put(AccessLog.CALLER, context.tenant().id());
        rc.next();
      }
    });
  }
}
