package dev.patron.server.http.people;

import dev.patron.core.session.Session;
import dev.patron.core.session.SessionStore;
import dev.patron.core.session.SignIn;
import dev.patron.kit.http.Requests;
import dev.patron.kit.http.Responses;
import dev.patron.kit.json.JsonInput;
import dev.patron.server.http.Endpoints;
import dev.patron.server.http.auth.AdminToken;
import dev.patron.server.http.auth.ConsoleSessions;
import dev.patron.server.http.auth.SessionCookies;
import dev.patron.server.http.auth.SessionProblems;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.time.Instant;

/**
 * The host console's sign-in: the admin token is exchanged once for a session cookie with the same
 * protections as staff sessions (lifetimes, CSRF, throttling), so the token is not kept in the
 * browser.
 */
public final class ConsoleAuthRoutes {

  private final SignIn signIn;
  private final SessionStore sessions;
  private final SessionCookies cookies;
  private final AdminToken adminToken;
  private final ConsoleSessions consoleSessions;
  private final Pool pool;
  private final Clock clock;

  public ConsoleAuthRoutes(SignIn signIn, SessionStore sessions, SessionCookies cookies, AdminToken adminToken,
      ConsoleSessions consoleSessions, Pool pool, Clock clock) {
    this.signIn = signIn;
    this.sessions = sessions;
    this.cookies = cookies;
    this.adminToken = adminToken;
    this.consoleSessions = consoleSessions;
    this.pool = pool;
    this.clock = clock;
  }

  public void register(Endpoints auth) {
    auth.post("/admin-sessions", this::adminSignIn);
    auth.get("/admin-session", this::currentAdmin);
    auth.delete("/admin-session", this::adminSignOut);
  }

  private Future<?> adminSignIn(RoutingContext rc) {
    JsonInput in = JsonInput.of(Requests.jsonObject(rc));
    String token = in.requiredString("token", 512);
    in.rejectUnknownFields();
    in.throwIfInvalid();
    String previous = ConsoleSessions.token(rc);
    return signIn.admin(adminToken.matches(token), AuthRoutes.address(rc))
        .compose(created -> (previous == null ? Future.<Void>succeededFuture() : sessions.end(pool, previous))
            .compose(v -> {
              cookies.set(rc, SessionCookies.ADMIN, created.token(), created.expiresAt(), now());
              return Responses.json(rc, 201, SessionJson.admin(created.token(), created.expiresAt(), sessions.settings()));
            }));
  }

  private Future<?> currentAdmin(RoutingContext rc) {
    String token = ConsoleSessions.token(rc);
    return adminSession(rc, token)
        .compose(session -> Responses.ok(rc, SessionJson.admin(token, session.expiresAt(), sessions.settings())));
  }

  private Future<?> adminSignOut(RoutingContext rc) {
    String token = ConsoleSessions.token(rc);
    return adminSession(rc, token).compose(session -> sessions.end(pool, session.tokenHash())).compose(v -> {
      cookies.clear(rc, SessionCookies.ADMIN);
      return Responses.noContent(rc);
    });
  }

  private Future<Session> adminSession(RoutingContext rc, String token) {
    return token == null
        ? Future.failedFuture(SessionProblems.required(
            "This route is for the console's session; sign in with the admin token first."))
        : consoleSessions.verify(rc, token);
  }


  private Instant now() {
    return Instant.now(clock);
  }
}
