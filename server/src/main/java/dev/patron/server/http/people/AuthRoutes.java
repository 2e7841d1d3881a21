package dev.patron.server.http.people;

import dev.patron.api.problem.Problem;
import dev.patron.core.session.Session;
import dev.patron.core.session.SessionStore;
import dev.patron.core.session.SignIn;
import dev.patron.core.staff.StaffService;
import dev.patron.core.tenant.TenantContext;
import dev.patron.core.tenant.TenantInput;
import dev.patron.core.tenant.TenantRepository;
import dev.patron.kit.http.Requests;
import dev.patron.kit.http.Responses;
import dev.patron.kit.json.JsonInput;
import dev.patron.server.http.Endpoints;
import dev.patron.server.http.auth.SessionCookies;
import dev.patron.server.http.auth.SessionProblems;
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
 * Signing in and out of staff sessions, changing one's password, and setting it through a one-time
 * link ({@link ConsoleAuthRoutes} does the same for the host console). Each sign-in opens a new session with a new id (a session
 * id is never taken from the client), and ends the one the browser had.
 */
public final class AuthRoutes {

  /** Where a sign-in to an unknown slug looks for its account: no restaurant has this id. */
  private static final UUID NO_TENANT = new UUID(0, 0);
  /** Longest password read at sign-in: hashing cost is bounded, whatever is sent. */
  static final int MAX_PASSWORD_INPUT = 1024;

  private final SignIn signIn;
  private final StaffService staff;
  private final SessionStore sessions;
  private final SessionCookies cookies;
  private final TenantDirectory directory;
  private final Pool pool;
  private final SqlClient reader;
  private final Clock clock;
  private final TenantRepository tenants = new TenantRepository();

  public AuthRoutes(SignIn signIn, StaffService staff, SessionStore sessions, SessionCookies cookies,
      TenantDirectory directory, Pool pool, SqlClient reader, Clock clock) {
    this.signIn = signIn;
    this.staff = staff;
    this.sessions = sessions;
    this.cookies = cookies;
    this.directory = directory;
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
  }

  private Future<?> signIn(RoutingContext rc) {
    JsonInput in = JsonInput.of(Requests.jsonObject(rc));
    String tenant = in.requiredString("tenant", 63);
    UUID byId = parseId(tenant);
    if (tenant != null && !TenantInput.isSlug(tenant) && byId == null) {
      in.error("tenant", "must be your restaurant's slug (such as trattoria-roma) or id");
    }
    String email = in.requiredString("email", 254);
    String password = in.requiredString("password", MAX_PASSWORD_INPUT);
    in.rejectUnknownFields();
    in.throwIfInvalid();
    String previous = SessionCookies.read(rc, SessionCookies.STAFF, SessionStore.STAFF_PREFIX);
    Future<UUID> tenantId = byId != null ? Future.succeededFuture(byId)
        // An unknown slug signs in to no restaurant: the same refusal, cost and count as a wrong password.
        : tenants.idOfSlug(reader, tenant).map(id -> id == null ? NO_TENANT : id);
    return tenantId.compose(id -> signIn.staff(id, email, password, address(rc))
        .compose(result -> directory.context(id, reader).compose(context -> {
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
        })));
  }

  private static UUID parseId(String text) {
    try {
      return text == null || text.length() != 36 ? null : UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
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

  private static Future<Session> staffSession(RoutingContext rc) {
    Session session = TenantAuthHandler.session(rc);
    return session == null
        ? Future.failedFuture(SessionProblems.required("This route is for a signed-in person, not an API key."))
        : Future.succeededFuture(session);
  }

  private static String staffToken(RoutingContext rc) {
    return SessionCookies.read(rc, SessionCookies.STAFF, SessionStore.STAFF_PREFIX);
  }

  private Instant now() {
    return Instant.now(clock);
  }

  /** The client's address as the throttle counts it: the TCP peer (forwarded headers are not trusted). */
  static String address(RoutingContext rc) {
    return rc.request().remoteAddress() == null ? "unknown" : rc.request().remoteAddress().hostAddress();
  }
}
