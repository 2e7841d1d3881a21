package dev.patron.core.staff;

import dev.patron.api.event.Actor;
import dev.patron.api.problem.Problem;
import dev.patron.api.problem.Problems;
import dev.patron.api.tenant.StaffRole;
import dev.patron.core.security.PasswordHasher;
import dev.patron.core.security.PasswordPolicy;
import dev.patron.core.session.SessionStore;
import dev.patron.kit.page.Page;
import dev.patron.kit.page.PageRequest;
import dev.patron.kit.sql.PgErrors;
import dev.patron.kit.sql.Rows;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Staff accounts: invitations, changes of role and state, one-time links to set a password, and
 * changing one's own. Passwords are checked and hashed on worker threads. A password set, or an
 * account disabled, ends that person's sessions everywhere in the same transaction.
 */
public final class StaffService {

  /** How long the links this service issues stay good. */
  public record LinkLifetimes(Duration invitation, Duration passwordReset) {
  }

  /** An account with the link that lets its person set a password. */
  public record WithLink(StaffUser user, StaffLinks.Issued link) {
  }

  private final Vertx vertx;
  private final Pool pool;
  private final SessionStore sessions;
  private final LinkLifetimes lifetimes;
  private final Clock clock;
  private final StaffRepository staff = new StaffRepository();
  private final StaffLinks links = new StaffLinks();

  public StaffService(Vertx vertx, Pool pool, SessionStore sessions, LinkLifetimes lifetimes, Clock clock) {
    this.vertx = vertx;
    this.pool = pool;
    this.sessions = sessions;
    this.lifetimes = lifetimes;
    this.clock = clock;
  }

  /** Invites a person: an INVITED account and an invitation link. 409 when the email has an account. */
  public Future<WithLink> invite(UUID tenantId, StaffInput input, Actor actor) {
    Instant now = Rows.now(clock);
    StaffUser user = new StaffUser(tenantId, UUID.randomUUID(), input.email(), input.name(), input.language(),
        input.role(), StaffState.INVITED, 1, now, now);
    return pool.withTransaction(tx -> staff.insert(tx, user, actor.encode())
            .compose(v -> links.issue(tx, tenantId, user.id(), StaffLinks.Purpose.INVITATION, now, lifetimes.invitation())))
        .recover(error -> Future.failedFuture(PgErrors.isUniqueViolation(error, StaffRepository.EMAIL_INDEX)
            ? Problems.conflict("email-taken", "This restaurant already has an account for " + input.email() + ".")
            : error))
        .map(link -> new WithLink(user, link));
  }

  public Future<Page<StaffUser>> list(SqlClient sql, UUID tenantId, PageRequest page) {
    return staff.list(sql, tenantId, page);
  }

  public Future<StaffUser> get(SqlClient sql, UUID tenantId, UUID id) {
    return staff.find(sql, tenantId, id, false).map(user -> orNotFound(user, id));
  }

  /**
   * Changes name, language, role or state. The last active owner can be neither demoted nor
   * disabled (409): someone must be able to manage the staff. Disabling ends the person's
   * sessions and voids their links.
   */
  public Future<StaffUser> update(UUID tenantId, UUID id, StaffInput input, Long expectedVersion, Actor actor) {
    return pool.withTransaction(tx -> staff.lockStaffOf(tx, tenantId)
        .compose(locked -> staff.find(tx, tenantId, id, true))
        .compose(current -> change(tx, orNotFound(current, id), input, expectedVersion, actor)));
  }

  private Future<StaffUser> change(SqlClient tx, StaffUser current, StaffInput input, Long expectedVersion,
      Actor actor) {
    if (expectedVersion != null && expectedVersion != current.version()) {
      throw Problems.preconditionFailed("The account changed since version " + expectedVersion
          + "; it is at version " + current.version() + ".");
    }
    StaffUser proposed = proposed(current, input);
    if (sameFields(current, proposed)) {
      return Future.succeededFuture(current);
    }
    UUID tenantId = current.tenantId();
    boolean losesOwner = current.role() == StaffRole.OWNER && current.state() == StaffState.ACTIVE
        && (proposed.role() != StaffRole.OWNER || proposed.state() != StaffState.ACTIVE);
    Future<Void> guarded = !losesOwner ? Future.succeededFuture()
        : staff.countOtherActiveOwners(tx, tenantId, current.id()).map(others -> {
          if (others == 0) {
            throw Problems.conflict("last-owner",
                "This is the restaurant's only active owner: make someone else an owner first.");
          }
          return null;
        });
    boolean disables = proposed.state() == StaffState.DISABLED && current.state() != StaffState.DISABLED;
    return guarded
        .compose(v -> staff.update(tx, proposed, actor.encode()))
        .compose(v -> !disables ? Future.<Void>succeededFuture()
            : sessions.endAllOf(tx, tenantId, current.id()).compose(n -> links.voidAll(tx, tenantId, current.id())))
        .map(proposed);
  }

  /** The account with the input's changes; an invited person stays invited until they take their link. */
  private StaffUser proposed(StaffUser current, StaffInput input) {
    StaffState state = input.state() == null
        || (current.state() == StaffState.INVITED && input.state() == StaffState.ACTIVE)
        ? current.state() : input.state();
    return new StaffUser(current.tenantId(), current.id(), current.email(),
        input.name() == null ? current.name() : input.name(),
        input.language() == null ? current.language() : input.language(),
        input.role() == null ? current.role() : input.role(), state, current.version() + 1,
        current.createdAt(), Rows.now(clock));
  }

  /**
   * A link for the person to set a new password; an invited person gets a new invitation (the
   * earlier link stops working). 409 for a disabled account.
   */
  public Future<WithLink> issueReset(UUID tenantId, UUID id) {
    Instant now = Rows.now(clock);
    return pool.withTransaction(tx -> staff.find(tx, tenantId, id, true).compose(user -> {
      orNotFound(user, id);
      if (user.state() == StaffState.DISABLED) {
        throw Problems.conflict("account-disabled", "The account is disabled; enable it first.");
      }
      boolean invited = user.state() == StaffState.INVITED;
      return links.issue(tx, tenantId, id, invited ? StaffLinks.Purpose.INVITATION : StaffLinks.Purpose.PASSWORD_RESET,
          now, invited ? lifetimes.invitation() : lifetimes.passwordReset()).map(link -> new WithLink(user, link));
    }));
  }

  /**
   * Sets a password through a one-time link: the account becomes active and every session of it
   * ends. 410 when the link is unknown, spent or expired; 400 naming {@code password} when the
   * policy refuses it (the link stays good).
   */
  public Future<StaffUser> setPasswordByLink(String token, String password) {
    Instant now = Rows.now(clock);
    return links.peek(pool, token, now).compose(link -> {
      if (link == null) {
        throw linkGone();
      }
      return staff.find(pool, link.tenantId(), link.staffId(), false).compose(user -> {
        if (user == null || user.state() == StaffState.DISABLED) {
          throw linkGone();
        }
        return checkedHash("password", password, user).compose(hash -> pool.withTransaction(tx -> links.take(tx, token, now)
            .compose(taken -> {
              if (taken == null) {
                throw linkGone();
              }
              return staff.setPassword(tx, link.tenantId(), link.staffId(), hash, now, Actor.staff(user.id().toString()).encode())
                  .compose(updated -> sessions.endAllOf(tx, link.tenantId(), link.staffId()).map(updated));
            })));
      });
    });
  }

  /**
   * Changes one's own password, given the current one: every session of the account ends (the
   * caller opens a new one). 400 when the current password is wrong or the new one refused.
   */
  public Future<StaffUser> changePassword(UUID tenantId, UUID staffId, String current, String replacement) {
    Instant now = Rows.now(clock);
    return staff.find(pool, tenantId, staffId, false).compose(user -> {
      orNotFound(user, staffId);
      return staff.passwordHash(pool, tenantId, staffId)
          .compose(stored -> vertx.executeBlocking(() -> PasswordHasher.matches(current, stored), false))
          .compose(matches -> {
            if (!matches) {
              throw Problems.invalidField("currentPassword", "is not your current password");
            }
            return checkedHash("newPassword", replacement, user);
          })
          .compose(hash -> pool.withTransaction(tx -> staff.setPassword(tx, tenantId, staffId, hash, now,
                  Actor.staff(staffId.toString()).encode())
              .compose(updated -> sessions.endAllOf(tx, tenantId, staffId).map(updated))));
    });
  }

  /** Checks the password against the policy and hashes it, on a worker thread. */
  private Future<String> checkedHash(String field, String password, StaffUser user) {
    return vertx.executeBlocking(() -> {
      String refusal = PasswordPolicy.check(password, List.of(user.email(), user.name()));
      if (refusal != null) {
        throw Problems.invalidField(field, refusal);
      }
      return PasswordHasher.hash(password);
    }, false);
  }

  private static boolean sameFields(StaffUser a, StaffUser b) {
    return a.name().equals(b.name()) && a.language().equals(b.language()) && a.role() == b.role()
        && a.state() == b.state();
  }

  private static RuntimeException linkGone() {
    return Problem.of(410, "link-gone", "Link no longer valid",
        "The link is unknown, was used already or has expired; ask for a new one.").toException();
  }

  private static StaffUser orNotFound(StaffUser user, UUID id) {
    if (user == null) {
      throw Problems.notFound("No staff account with id " + id + ".");
    }
    return user;
  }
}
