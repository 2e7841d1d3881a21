package dev.patron.plugins.invoicing.support;

import dev.patron.kit.json.JsonInput;
import java.time.Duration;
import java.time.Instant;

/**
 * Reads the time of something that already happened: a charge's {@code occurredAt}, a payment's
 * {@code receivedAt}. A charge dated tomorrow would be owed, and invoiced, today; so the future is
 * refused ("must not be in the future"), as is anything before {@link JsonInput#EARLIEST}.
 */
public final class PastInstants {

  /**
   * How far a client's clock may run ahead of the server's: a till whose clock is a minute fast
   * must not have its orders refused.
   */
  public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  private PastInstants() {
  }

  /** The field as an instant from 2000-01-01 to {@code now} plus {@link #CLOCK_SKEW}, or {@code null}. */
  public static Instant read(JsonInput in, String field, Instant now) {
    return in.pastInstant(field, now, CLOCK_SKEW);
  }
}
