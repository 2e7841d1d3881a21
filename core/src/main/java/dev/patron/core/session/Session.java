package dev.patron.core.session;

import dev.patron.api.tenant.StaffRole;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A live server-side session: a staff user's (tenant, staff id and role set) or the host admin's
 * (all three {@code null}). The role and state are read with the session on every request, so a
 * change of role or a disabled account counts at once.
 */
public record Session(
    byte[] tokenHash,
    UUID tenantId,
    UUID staffId,
    StaffRole role,
    Instant createdAt,
    Instant lastSeenAt,
    Instant expiresAt) {

  public boolean isAdmin() {
    return staffId == null;
  }

  /** Whether the session still counts at {@code now}: within its lifetime and not idle too long. */
  public boolean liveAt(Instant now, Duration idleTimeout) {
    return now.isBefore(expiresAt) && now.isBefore(lastSeenAt.plus(idleTimeout));
  }

  /** When it ends if no request comes: at the idle timeout or the absolute end, whichever is first. */
  public Instant idleUntil(Duration idleTimeout) {
    Instant idle = lastSeenAt.plus(idleTimeout);
    return idle.isBefore(expiresAt) ? idle : expiresAt;
  }
}
