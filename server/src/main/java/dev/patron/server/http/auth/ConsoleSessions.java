package dev.patron.server.http.auth;

import dev.patron.core.session.Session;
import dev.patron.core.session.SessionStore;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.SqlClient;
import java.time.Clock;
import java.time.Instant;

/**
 * The host console's sessions, as both the admin API and the console's own routes check them: the
 * cookie's session must be live and the admin's, and a change must carry its CSRF token.
 */
public final class ConsoleSessions {

  private final SessionStore sessions;
  private final SqlClient reader;
  private final SqlClient writer;
  private final Clock clock;

  public ConsoleSessions(SessionStore sessions, SqlClient reader, SqlClient writer, Clock clock) {
    this.sessions = sessions;
    this.reader = reader;
    this.writer = writer;
    this.clock = clock;
  }

  /** The console session's token in the request's cookie, or {@code null}. */
  public static String token(RoutingContext rc) {
    return SessionCookies.read(rc, SessionCookies.ADMIN, SessionStore.ADMIN_PREFIX);
  }

  /** The live console session of {@code token}; fails with 401 when there is none, 403 on a change without its CSRF token. */
  public Future<Session> verify(RoutingContext rc, String token) {
    return sessions.find(reader, writer, token, Instant.now(clock)).map(session -> {
      if (session == null || !session.isAdmin()) {
        throw SessionProblems.ended("The console session");
      }
      Csrf.check(rc, token);
      return session;
    });
  }
}
