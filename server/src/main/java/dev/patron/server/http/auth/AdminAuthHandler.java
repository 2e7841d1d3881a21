package dev.patron.server.http.auth;

import dev.patron.api.problem.Problem;
import dev.patron.core.tenant.ApiKeySecrets;
import dev.patron.server.http.AccessLog;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/** Lets a request through only with the host's admin token. */
public final class AdminAuthHandler implements Handler<RoutingContext> {

  private final AdminToken adminToken;

  public AdminAuthHandler(AdminToken adminToken) {
    this.adminToken = adminToken;
  }

  @Override
  public void handle(RoutingContext rc) {
    String token = Credentials.bearer(rc);
    if (adminToken.matches(token)) {
      rc.put(AccessLog.CALLER, "admin");
      rc.next();
    } else if (token != null && token.startsWith(ApiKeySecrets.PREFIX)) {
      rc.fail(Problem.of(403, "forbidden", "Forbidden",
          "Tenant API keys cannot use the admin API; send the host's admin token.").toException());
    } else {
      rc.fail(Problem.of(401, "unauthorized", "Unauthorized",
          "Send the host's admin token as 'Authorization: Bearer <token>'.").toException());
    }
  }
}
