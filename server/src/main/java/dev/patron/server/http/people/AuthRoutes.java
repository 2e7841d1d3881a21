package dev.patron.server.http.people;

import dev.patron.api.problem.Problem;
import dev.patron.core.session.Session;
import dev.patron.core.session.SessionStore;
import dev.patron.core.session.SignIn;
import dev.patron.core.staff.StaffService;
import dev.patron.core.tenant.TenantContext;
import dev.patron.kit.http.Requests;
import dev.patron.kit.http.Responses;
import dev.patron.kit.json.JsonInput;
import dev.patron.server.http.Endpoints;
import dev.patron.server.http.auth.AdminToken;
import dev.patron.server.http.auth.Csrf;
import dev.patron.server.http.auth.SessionCookies;
import dev.patron.server.http.auth.TenantAuthHandler;
import dev.patron.server.tenants.TenantDirectory;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Signing in and out: staff sessions (and the admin console's), changing one's password, and
 * setting it through a one-time link. Each sign-in opens a new session with a new id (a session
 * id is never taken from the client), and ends the one the browser had.
 */
public final class AuthRoutes {

  /** Longest password read at sign-in: hashing cost is bounded, whatever is sent. */
  static final int MAX_PASSWORD_INPUT = 1024;

  private final SignIn signIn;
  private final StaffService staff;
  private final SessionStore sessions;
  private final SessionCookies cookies;
  private final TenantDirectory directory;
  private final AdminToken adminToken;
  private final Pool pool;
  private final SqlClient reader;
  private final Clock clock;

  public AuthRoutes(SignIn signIn, StaffService staff, SessionStore sessions, SessionCookies cookies,
      TenantDirectory directory, AdminToken adminToken, Pool pool, SqlClient reader, Clock clock) {
    this.signIn = signIn;
    this.staff = staff;
    this.sessions = sessions;
    this.cookies = cookies;
    this.directory = directory;
    this.adminToken = adminToken;
    this.pool = pool;
    this.reader = reader;
    this.clock = clock;
  }

  public void register(Endpoints auth) {
    auth.post("/sessions", this::signIn);
    auth.get("/session", this::current);
    auth.delete("/session", this::signOut);
    auth.delete("/sessions", this::signOutEverywhere);
    auth.put("/password", this::changePassword);
    auth.post("/password-links", this::setPasswordByLink);
    auth.post("/admin-sessions", this::adminSignIn);
    auth.get("/admin-session", this::currentAdmin);
    auth.delete("/admin-session", this::adminSignOut);
  }

  private Future<?> signIn(RoutingContext rc) {
    JsonInput in = JsonInput.of(Requests.jsonObject(rc));
    UUID tenantId = in.uuid("tenant");
    if (tenantId == null && !in.has("tenant")) {
      in.error("tenant", "is required: your restaurant's id");
    }
    String email = in.requiredString("email", 254);
    String password = in.requiredString("password", MAX_PASSWORD_INPUT);
    in.rejectUnknownFields();
    in.throwIfInvalid();
    String previous = SessionCookies.read(rc, SessionCookies.STAFF, SessionStore.STAFF_PREFIX);
    return signIn.staff(tenantId, email, password, address(rc))
        .compose(result -> directory.context(tenantId, reader).compose(context -> {
          if (context == null) {
            return sessions.end(pool, result.session().token()).compose(v -> Future.failedFuture(
                Problem.of(401, "sign-in-failed", "Sign-in failed", "The restaurant is disabled.").toException()));
          }
          Future<Void> rotated = previous == null ? Future.succeededFuture() : sessions.end(pool, previous);
          return rotated.compose(v -> {
            SessionStore.Created session = result.session();
            cookies.set(rc, SessionCookies.STAFF, session.token(), session.expiresAt(), now());
            return Responses.json(rc, 201, SessionJson.staff(result.user(), context.tenant(), session.token(),
                session.expiresAt(), sessions.settings()));
          });
        }));
  }

  private Future<?> current(RoutingContext rc) {
    return staffSession(rc).compose(session -> staff.get(reader, session.tenantId(), session.staffId())
        .compose(user -> Responses.ok(rc, SessionJson.staff(user, TenantAuthHandler.context(rc).tenant(),
            staffToken(rc), session.expiresAt(), sessions.settings()))));
  }

  private Future<?> signOut(RoutingContext rc) {
    return staffSession(rc).compose(session -> sessions.end(pool, session.tokenHash())).compose(v -> {
      cookies.clear(rc, SessionCookies.STAFF);
      return Responses.noContent(rc);
    });
  }

  private Future<?> signOutEverywhere(RoutingContext rc) {
    return staffSession(rc).compose(session -> sessions.endAllOf(pool, session.tenantId(), session.staffId()))
        .compose(ended -> {
          cookies.clear(rc, SessionCookies.STAFF);
          return Responses.noContent(rc);
        });
  }

  /** A new password ends every session of the account; the caller's browser gets a new one at once. */
  private Future<?> changePassword(RoutingContext rc) {
    JsonInput in = JsonInput.of(Requests.jsonObject(rc));
    String current = in.requiredString("currentPassword", MAX_PASSWORD_INPUT);
    String replacement = in.requiredString("newPassword", MAX_PASSWORD_INPUT);
    in.rejectUnknownFields();
    in.throwIfInvalid();
    TenantContext context = TenantAuthHandler.context(rc);
    return staffSession(rc)
        .compose(session -> staff.changePassword(session.tenantId(), session.staffId(), current, replacement)
            .compose(user -> sessions.create(pool, session.tenantId(), session.staffId(), now())
                .compose(created -> {
                  cookies.set(rc, SessionCookies.STAFF, created.token(), created.expiresAt(), now());
                  return Responses.ok(rc, SessionJson.staff(user, context.tenant(), created.token(),
                      created.expiresAt(), sessions.settings()));
                })));
  }

  private Future<?> setPasswordByLink(RoutingContext rc) {
    JsonInput in = JsonInput.of(Requests.jsonObject(rc));
    String token = in.requiredString("token", 128);
    String password = in.requiredString("password", MAX_PASSWORD_INPUT);
    in.rejectUnknownFields();
    in.throwIfInvalid();
    return staff.setPasswordByLink(token, password).compose(user -> Responses.ok(rc, user.toJson()));
  }

  private Future<?> adminSignIn(RoutingContext rc) {
    JsonInput in = JsonInput.of(Requests.jsonObject(rc));
    String token = in.requiredString("token", 512);
    in.rejectUnknownFields();
    in.throwIfInvalid();
    String previous = SessionCookies.read(rc, SessionCookies.ADMIN, SessionStore.ADMIN_PREFIX);
    return signIn.admin(adminToken.matches(token), address(rc))
        .compose(created -> (previous == null ? Future.<Void>succeededFuture() : sessions.end(pool, previous))
            .compose(v -> {
              cookies.set(rc, SessionCookies.ADMIN, created.token(), created.expiresAt(), now());
              return Responses.json(rc, 201, SessionJson.admin(created.token(), created.expiresAt(), sessions.settings()));
            }));
  }

  private Future<?> currentAdmin(RoutingContext rc) {
    String token = SessionCookies.read(rc, SessionCookies.ADMIN, SessionStore.ADMIN_PREFIX);
    return adminSession(rc, token)
        .compose(session -> Responses.ok(rc, SessionJson.admin(token, session.expiresAt(), sessions.settings())));
  }

  private Future<?> adminSignOut(RoutingContext rc) {
    String token = SessionCookies.read(rc, SessionCookies.ADMIN, SessionStore.ADMIN_PREFIX);
    return adminSession(rc, token).compose(session -> sessions.end(pool, session.tokenHash())).compose(v -> {
      cookies.clear(rc, SessionCookies.ADMIN);
      return Responses.noContent(rc);
    });
  }

  private Future<Session> adminSession(RoutingContext rc, String token) {
    if (token == null) {
      return Future.failedFuture(Problem.of(403, "session-required", "Sign-in required",
          "This route is for the console's session; sign in with the admin token first.").toException());
    }
    return sessions.find(reader, pool, token, now()).map(session -> {
      if (session == null || !session.isAdmin()) {
        throw Problem.of(401, "session-ended", "Session ended", "The console session has ended; sign in again.")
            .toException();
      }
      Csrf.check(rc, token);
      return session;
    });
  }

  private static Future<Session> staffSession(RoutingContext rc) {
    Session session = TenantAuthHandler.session(rc);
    return session == null
        ? Future.failedFuture(Problem.of(403, "session-required", "Sign-in required",
            "This route is for a signed-in person, not an API key.").toException())
        : Future.succeededFuture(session);
  }

  private static String staffToken(RoutingContext rc) {
    return SessionCookies.read(rc, SessionCookies.STAFF, SessionStore.STAFF_PREFIX);
  }

  private Instant now() {
    return Instant.now(clock);
  }

  private static String address(RoutingContext rc) {
    return rc.request().remoteAddress() == null ? "unknown" : rc.request().remoteAddress().hostAddress();
  }
}
