package dev.patron.server.http.auth;

import dev.patron.api.event.Actor;
import dev.patron.api.plugin.PluginRequest;
import dev.patron.api.problem.Problem;
import dev.patron.core.session.SessionStore;
import dev.patron.core.tenant.ApiKeySecrets;
import dev.patron.server.http.AccessLog;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.SqlClient;
import java.time.Clock;
import java.time.Instant;

/**
 * Lets a request through only for the host's admin: with the admin token as bearer, or with the
 * console's admin session cookie (then a change also needs the CSRF token).
 */
public final class AdminAuthHandler implements Handler<RoutingContext> {

  private final AdminToken adminToken;
  private final SqlClient reader;
  private final SqlClient writer;
  private final SessionStore sessions;
  private final Clock clock;

  public AdminAuthHandler(AdminToken adminToken, SqlClient reader, SqlClient writer, SessionStore sessions, Clock clock) {
    this.adminToken = adminToken;
    this.reader = reader;
    this.writer = writer;
    this.sessions = sessions;
    this.clock = clock;
  }

  @Override
  public void handle(RoutingContext rc) {
    String token = Credentials.bearer(rc);
    if (adminToken.matches(token)) {
      admit(rc);
    } else if (token != null && token.startsWith(ApiKeySecrets.PREFIX)) {
      rc.fail(Problem.of(403, "forbidden", "Forbidden",
          "Tenant API keys cannot use the admin API; send the host's admin token.").toException());
    } else if (token == null && SessionCookies.read(rc, SessionCookies.ADMIN, SessionStore.ADMIN_PREFIX) != null) {
      bySession(rc, SessionCookies.read(rc, SessionCookies.ADMIN, SessionStore.ADMIN_PREFIX));
    } else {
      rc.fail(Problem.of(401, "unauthorized", "Unauthorized",
          "Send the host's admin token as 'Authorization: Bearer <token>', or sign in to the console.").toException());
    }
  }

  private void bySession(RoutingContext rc, String sessionToken) {
    sessions.find(reader, writer, sessionToken, Instant.now(clock)).onComplete(found -> {
      if (found.failed()) {
        rc.fail(found.cause());
      } else if (found.result() == null || !found.result().isAdmin()) {
        rc.fail(SessionProblems.ended("The console session"));
      } else {
        try {
          Csrf.check(rc, sessionToken);
        } catch (RuntimeException refused) {
          rc.fail(refused);
          return;
        }
        admit(rc);
      }
    });
  }

  private static void admit(RoutingContext rc) {
    rc.put(AccessLog.CALLER, "admin");
    rc.put(PluginRequest.ACTOR, Actor.ADMIN);
    RequestActors.bind(Actor.ADMIN);
    rc.next();
  }
}
