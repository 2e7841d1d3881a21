package dev.patron.server.http.people;

import dev.patron.core.session.SessionStore;
import dev.patron.core.session.SignIn;
import dev.patron.core.staff.StaffService;
import dev.patron.server.ServerContext;
import dev.patron.server.config.PatronConfig;
import dev.patron.server.http.Endpoints;
import dev.patron.server.http.auth.ConsoleSessions;
import dev.patron.server.http.auth.SessionCookies;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;

/** The staff-account services of one event loop, wired from the configuration. */
public record People(SessionStore sessions, SessionCookies cookies, StaffService staff, SignIn signIn,
    PasswordLinks links, ConsoleSessions consoleSessions) {

  public static People create(Vertx vertx, Pool pool, SqlClient reader, ServerContext shared) {
    PatronConfig.People config = shared.config().people();
    SessionStore sessions = new SessionStore(config.sessionSettings());
    StaffService staff = new StaffService(vertx, pool, sessions,
        new StaffService.LinkLifetimes(config.invitationLifetime(), config.passwordResetLifetime()), shared.clock());
    return new People(sessions, new SessionCookies(config.secureCookies()), staff,
        new SignIn(vertx, pool, sessions, shared.clock()), new PasswordLinks(config.publicUrl()),
        new ConsoleSessions(sessions, reader, pool, shared.clock()));
  }

  /** Signing in and out, for staff and for the host console. */
  public void registerAuthRoutes(Endpoints auth, ServerContext shared, Pool pool, SqlClient reader) {
    new AuthRoutes(signIn, staff, sessions, cookies, shared.directory(), pool, reader, shared.clock()).register(auth);
    new ConsoleAuthRoutes(signIn, sessions, cookies, shared.adminToken(), consoleSessions, pool, shared.clock())
        .register(auth);
  }
}
