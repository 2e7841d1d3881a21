package dev.patron.server.plugins.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * When event dispatch last showed it was alive: its timer's tick, which runs only while its event
 * loop is free. {@code /health/ready} reads it; the dispatcher beats. Thread-safe.
 */
public final class DispatchHeartbeat {

  private final Clock clock;
  private final AtomicReference<Instant> last = new AtomicReference<>();
  private volatile int listeningPlugins = -1;

  public DispatchHeartbeat(Clock clock) {
    this.clock = clock;
  }

  /** Dispatch started for this many listening plugins (0: nothing to dispatch). */
  void started(int plugins) {
    listeningPlugins = plugins;
    beat();
  }

  void beat() {
    last.set(clock.instant());
  }

  /** Plugins dispatch serves; -1 before it started. */
  public int listeningPlugins() {
    return listeningPlugins;
  }

  public Instant lastBeat() {
    return last.get();
  }

  /** Whether it beat within {@code window}, or has nothing to dispatch. */
  public boolean alive(Duration window) {
    Instant beat = last.get();
    return listeningPlugins == 0 || (beat != null && beat.isAfter(clock.instant().minus(window)));
  }
}
