package dev.patron.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.api.tenant.StaffRole;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SessionTest {

  private static final Instant SIGNED_IN = Instant.parse("2026-12-01T10:00:00Z");
  private static final Duration IDLE = Duration.ofMinutes(30);

  private static Session seenAt(Instant lastSeen) {
    return new Session(new byte[32], UUID.randomUUID(), UUID.randomUUID(), StaffRole.STAFF, SIGNED_IN, lastSeen,
        SIGNED_IN.plus(Duration.ofHours(12)));
  }

  @Test
  void endsAfterTheIdleTimeoutWithoutARequest() {
    Session session = seenAt(SIGNED_IN);
    assertTrue(session.liveAt(SIGNED_IN.plus(Duration.ofMinutes(29)), IDLE));
    assertFalse(session.liveAt(SIGNED_IN.plus(IDLE), IDLE));
  }

  @Test
  void endsAtItsAbsoluteLifetimeHoweverBusy() {
    Session busy = seenAt(SIGNED_IN.plus(Duration.ofHours(12)).minusSeconds(1));
    assertTrue(busy.liveAt(SIGNED_IN.plus(Duration.ofHours(12)).minusMillis(1), IDLE));
    assertFalse(busy.liveAt(SIGNED_IN.plus(Duration.ofHours(12)), IDLE));
    assertEquals(busy.expiresAt(), busy.idleUntil(IDLE));
  }

  @Test
  void theLastSeenTimeIsWrittenAtMostEveryMinuteOrATenthOfTheTimeout() {
    assertEquals(Duration.ofMinutes(1), new SessionSettings(IDLE, Duration.ofHours(12)).touchInterval());
    assertEquals(Duration.ofSeconds(1), new SessionSettings(Duration.ofSeconds(10), Duration.ofHours(1)).touchInterval());
  }
}
