package dev.patron.core.session;

import dev.patron.api.problem.Problem;
import dev.patron.core.security.PasswordHasher;
import dev.patron.core.staff.StaffRepository;
import dev.patron.core.staff.StaffState;
import dev.patron.core.staff.StaffUser;
import dev.patron.kit.sql.Rows;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Signs a staff user in with email and password. Held-back callers get 429 before any password is
 * checked; every refusal reads the same (wrong email, wrong password, invited or disabled account),
 * and an unknown email costs a hash like a known one, so neither the answer nor its timing tells
 * which accounts exist.
 */
public final class SignIn {

  /** A signed-in staff user and their new session. */
  public record Result(StaffUser user, SessionStore.Created session) {
  }

  private final Vertx vertx;
  private final Pool pool;
  private final SessionStore sessions;
  private final SignInThrottle throttle = new SignInThrottle();
  private final StaffRepository staff = new StaffRepository();
  private final Clock clock;

  public SignIn(Vertx vertx, Pool pool, SessionStore sessions, Clock clock) {
    this.vertx = vertx;
    this.pool = pool;
    this.sessions = sessions;
    this.clock = clock;
  }

  /** @param address the client's address, for throttling */
  public Future<Result> staff(UUID tenantId, String email, String password, String address) {
    Instant now = Rows.now(clock);
    List<SignInThrottle.Key> keys = SignInThrottle.staffKeys(tenantId, email, address);
    return throttle.waitFor(pool, keys, now).compose(wait -> {
      if (!wait.isZero()) {
        throw tooManyAttempts(wait);
      }
      return staff.findByEmail(pool, tenantId, email);
    }).compose(found -> {
      String hash = found == null || found.user().state() != StaffState.ACTIVE ? null : found.passwordHash();
      return vertx.executeBlocking(() -> PasswordHasher.matches(password, hash), false).compose(matches -> {
        if (!matches) {
          return throttle.failed(pool, keys, now).compose(v -> Future.failedFuture(wrongCredentials()));
        }
        StaffUser user = found.user();
        return pool.withTransaction(tx -> throttle.succeeded(tx, personal(keys))
            .compose(v -> sessions.create(tx, tenantId, user.id(), now)))
            .map(session -> new Result(user, session));
      });
    });
  }

  /** Throttles the admin's sign-in; {@code tokenMatches} says whether the token was right (a SHA-256, no password hash). */
  public Future<SessionStore.Created> admin(boolean tokenMatches, String address) {
    Instant now = Rows.now(clock);
    List<SignInThrottle.Key> keys = SignInThrottle.adminKeys(address);
    return throttle.waitFor(pool, keys, now).compose(wait -> {
      if (!wait.isZero()) {
        throw tooManyAttempts(wait);
      }
      if (!tokenMatches) {
        return throttle.failed(pool, keys, now).compose(v -> Future.failedFuture(Problem.of(401, "unauthorized",
            "Unauthorized", "The admin token is wrong.").toException()));
      }
      return pool.withTransaction(tx -> throttle.succeeded(tx, personal(keys))
          .compose(v -> sessions.create(tx, null, null, now)));
    });
  }

  /** The keys a success clears: the account's, not the address's (one good account must not wash an address clean). */
  private static List<SignInThrottle.Key> personal(List<SignInThrottle.Key> keys) {
    return keys.stream().filter(key -> key.rule() != ThrottleRule.ADDRESS).toList();
  }

  private static RuntimeException wrongCredentials() {
    return Problem.of(401, "sign-in-failed", "Sign-in failed",
        "The email or the password is wrong, or the account is not active.").toException();
  }

  static RuntimeException tooManyAttempts(Duration wait) {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    return Problem.of(429, "too-many-attempts", "Too many attempts",
            "Too many failed sign-ins; try again in " + seconds + " s.")
        .with("retryAfter", seconds).toException();
  }
}
