package dev.patron.server.http.auth;

import dev.patron.api.event.Actor;
import dev.patron.api.plugin.PluginRequest;
import dev.patron.api.problem.Problem;
import dev.patron.core.tenant.ApiKeySecrets;
import dev.patron.server.http.AccessLog;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * Lets a request through only for the host's admin: with the admin token as bearer, or with the
 * console's admin session cookie (then a change also needs the CSRF token).
 */
public final class AdminAuthHandler implements Handler<RoutingContext> {

  private final AdminToken adminToken;
  private final ConsoleSessions consoleSessions;

  public AdminAuthHandler(AdminToken adminToken, ConsoleSessions consoleSessions) {
    this.adminToken = adminToken;
    this.consoleSessions = consoleSessions;
  }

  @Override
  public void handle(RoutingContext rc) {
    String token = Credentials.bearer(rc);
    String sessionToken = token == null ? ConsoleSessions.token(rc) : null;
    if (adminToken.matches(token)) {
      admit(rc);
    } else if (token != null && token.startsWith(ApiKeySecrets.PREFIX)) {
      rc.fail(Problem.of(403, "forbidden", "Forbidden",
          "Tenant API keys cannot use the admin API; send the host's admin token.").toException());
    } else if (sessionToken != null) {
      consoleSessions.verify(rc, sessionToken).onComplete(verified -> {
        if (verified.failed()) {
          rc.fail(verified.cause());
        } else {
          admit(rc);
        }
      });
    } else {
      rc.fail(Problem.of(401, "unauthorized", "Unauthorized",
          "Send the host's admin token as 'Authorization: Bearer <token>', or sign in to the console.").toException());
    }
  }

  private static void admit(RoutingContext rc) {
    rc.put(AccessLog.CALLER, "admin");
    rc.put(PluginRequest.ACTOR, Actor.ADMIN);
    RequestActors.bind(Actor.ADMIN);
    rc.next();
  }
}
