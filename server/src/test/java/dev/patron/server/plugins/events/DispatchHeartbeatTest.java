package dev.patron.server.plugins.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class DispatchHeartbeatTest {

  private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-02T10:00:00Z"));
  private final Clock clock = new Clock() {
    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  };

  @Test
  void aliveWhileItBeatsWithinTheWindowAndWhenNothingListens() {
    DispatchHeartbeat heartbeat = new DispatchHeartbeat(clock);
    assertFalse(heartbeat.alive(Duration.ofSeconds(5)), "not started yet");
    heartbeat.started(3);
    assertTrue(heartbeat.alive(Duration.ofSeconds(5)));
    now.set(now.get().plusSeconds(6));
    assertFalse(heartbeat.alive(Duration.ofSeconds(5)), "a stuck dispatcher stops beating");
    heartbeat.beat();
    assertTrue(heartbeat.alive(Duration.ofSeconds(5)));

    DispatchHeartbeat idle = new DispatchHeartbeat(clock);
    idle.started(0);
    now.set(now.get().plusSeconds(600));
    assertTrue(idle.alive(Duration.ofSeconds(5)), "no plugin listens: nothing to be stuck on");
  }
}
