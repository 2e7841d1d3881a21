package dev.patron.server.http.limits;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Request rates per caller (a tenant, an API key) with the generic cell rate algorithm: each caller
 * has a quota per minute, all of which it may spend at once, refilled evenly; one number per caller
 * (when its quota is next whole again), so a check costs no allocation and, while the limit
 * stays, no lock. Counts on this
 * instance only (see docs/OPERATIONS.md for the bound across instances). Thread-safe.
 */
public final class RequestRate {

  static final long WINDOW_NANOS = TimeUnit.MINUTES.toNanos(1);
  private static final int SWEEP_EVERY = 4096;

  /** The verdict on one request, with what the RateLimit header fields report. */
  public record Decision(boolean allowed, long remaining, long resetSeconds, long retryAfterSeconds) {
  }

  /**
   * Per caller: the theoretical arrival time, in {@link System#nanoTime()} terms, and the interval
   * it was counted in (when the limit changes, the requests already counted stay counted).
   */
  private static final class Cell {
    final AtomicLong arrival;
    volatile long interval;

    Cell(long now, long interval) {
      this.arrival = new AtomicLong(now);
      this.interval = interval;
    }

    synchronized void rescale(long interval, long now) {
      if (this.interval != interval) {
        long used = Math.max(arrival.get() - now, 0);
        arrival.set(now + used / this.interval * interval);
        this.interval = interval;
      }
    }
  }

  private final Map<Object, Cell> cells = new ConcurrentHashMap<>();
  private final AtomicLong checks = new AtomicLong();

  /** Counts a request of {@code caller} against {@code perMinute}, unless that would exceed it. */
  public Decision take(Object caller, int perMinute, long now) {
    if (checks.incrementAndGet() % SWEEP_EVERY == 0) {
      forgetIdle(now);
    }
    long interval = WINDOW_NANOS / perMinute;
    Cell cell = cells.get(caller);
    if (cell == null) {
      cell = cells.computeIfAbsent(caller, c -> new Cell(now, interval));
    }
    if (cell.interval != interval) {
      cell.rescale(interval, now);
    }
    AtomicLong arrival = cell.arrival;
    while (true) {
      long seen = arrival.get();
      long next = Math.max(seen, now) + interval;
      long ahead = next - now;
      if (ahead > WINDOW_NANOS) {
        return new Decision(false, 0, seconds(seen - now), seconds(ahead - WINDOW_NANOS));
      }
      if (arrival.compareAndSet(seen, next)) {
        return new Decision(true, (WINDOW_NANOS - ahead) / interval, seconds(ahead), 0);
      }
    }
  }

  /** Callers whose quota is whole again need no entry: they start afresh. */
  void forgetIdle(long now) {
    cells.values().removeIf(cell -> cell.arrival.get() - now <= 0);
  }

  int tracked() {
    return cells.size();
  }

  private static long seconds(long nanos) {
    return nanos <= 0 ? 0 : (nanos + 999_999_999L) / 1_000_000_000L;
  }
}
