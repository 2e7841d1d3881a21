package dev.patron.server.http.auth;

import dev.patron.api.event.Actor;
import dev.patron.api.plugin.PluginRequest;
import dev.patron.api.problem.Problem;
import dev.patron.api.tenant.StaffRole;
import dev.patron.core.session.Session;
import dev.patron.core.session.SessionStore;
import dev.patron.core.tenant.TenantContext;
import dev.patron.server.http.AccessLog;
import dev.patron.server.tenants.TenantDirectory;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.SqlClient;
import java.time.Clock;
import java.time.Instant;

/**
 * Lets a request through only for a restaurant's caller, and scopes it to that restaurant:
 * everything after reads the tenant from {@link #context(RoutingContext)}. The caller is either an
 * API key ({@code Authorization: Bearer}, acting as a {@link StaffRole#MANAGER}) or a signed-in
 * staff user (the session cookie, with the user's current role; a change then also needs the CSRF
 * token). Either way the request carries its {@link Actor} and role for what comes after.
 */
public final class TenantAuthHandler implements Handler<RoutingContext> {

  static final String CONTEXT = "patron.tenantContext";
  /** Routing-context key of the session of a request a session cookie authenticated. */
  public static final String SESSION = "patron.session";
  /** The role API keys act with: everything but managing staff. */
  public static final StaffRole API_KEY_ROLE = StaffRole.MANAGER;

  private final TenantDirectory directory;
  private final AdminToken adminToken;
  private final SqlClient reader;
  private final SqlClient writer;
  private final SessionStore sessions;
  private final Clock clock;

  public TenantAuthHandler(TenantDirectory directory, AdminToken adminToken, SqlClient reader, SqlClient writer,
      SessionStore sessions, Clock clock) {
    this.directory = directory;
    this.adminToken = adminToken;
    this.reader = reader;
    this.writer = writer;
    this.sessions = sessions;
    this.clock = clock;
  }

  /** The tenant context of an authenticated request, with its actor. */
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

  /** The session of a request a session cookie authenticated; {@code null} for an API key's. */
  public static Session session(RoutingContext rc) {
    return rc.get(SESSION);
  }

  @Override
  public void handle(RoutingContext rc) {
    String key = Credentials.bearer(rc);
    if (key != null) {
      byKey(rc, key);
      return;
    }
    String token = SessionCookies.read(rc, SessionCookies.STAFF, SessionStore.STAFF_PREFIX);
    if (token == null) {
      rc.fail(Problem.of(401, "unauthorized", "Unauthorized",
          "Send your restaurant's API key as 'Authorization: Bearer <key>', or sign in.").toException());
      return;
    }
    bySession(rc, token);
  }

  private void byKey(RoutingContext rc, String key) {
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
        admit(rc, result.result().context(), Actor.apiKey(result.result().keyId().toString()), API_KEY_ROLE);
      }
    });
  }

  private void bySession(RoutingContext rc, String token) {
    Instant now = Instant.now(clock);
    sessions.find(reader, writer, token, now)
        .compose(session -> {
          if (session == null || session.isAdmin()) {
            throw SessionProblems.ended("The session");
          }
          Csrf.check(rc, token);
          rc.put(SESSION, session);
          return directory.context(session.tenantId(), reader).map(context -> {
            if (context == null) {
              throw Problem.of(401, "unauthorized", "Unauthorized", "The restaurant is disabled.").toException();
            }
            return context;
          });
        })
        .onComplete(result -> {
          if (result.failed()) {
            rc.fail(result.cause());
          } else {
            Session session = rc.get(SESSION);
            admit(rc, result.result(), Actor.staff(session.staffId().toString()), session.role());
          }
        });
  }

  private static void admit(RoutingContext rc, TenantContext tenant, Actor actor, StaffRole role) {
    TenantContext context = tenant.actedBy(actor);
    rc.put(CONTEXT, context);
    rc.put(PluginRequest.TENANT, context.tenant());
    rc.put(PluginRequest.ACTOR, actor);
    rc.put(PluginRequest.ROLE, role);
    rc.put(AccessLog.CALLER, context.tenant().id());
    RequestActors.bind(actor);
    rc.next();
  }
}
