package dev.patron.core.session;

import java.time.Duration;

/**
 * How one kind of key is held back after failed sign-ins: the first {@code freeFailures} cost
 * nothing, then each further failure doubles the wait, from {@code firstDelay} up to {@code
 * maxDelay}. Failures older than {@code window} are forgotten.
 */
public record ThrottleRule(int freeFailures, Duration firstDelay, Duration maxDelay, Duration window) {

  /** One person guessing from one address: 5 free, then 1 s, 2 s, 4 s ... up to 15 minutes. */
  public static final ThrottleRule ACCOUNT_AT_ADDRESS =
      new ThrottleRule(5, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(1));
  /** One address trying many accounts: 20 free, then doubling up to 15 minutes. */
  public static final ThrottleRule ADDRESS =
      new ThrottleRule(20, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(1));
  /**
   * One account tried from many addresses: 20 free, then doubling up to one minute only. An
   * attacker can slow the owner down by a minute but never lock them out: the long waits fall on
   * the attacker's own addresses.
   */
  public static final ThrottleRule ACCOUNT =
      new ThrottleRule(20, Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofHours(1));

  /** How long to hold the key back after its {@code failures}-th failure in a row; zero while free. */
  public Duration delayAfter(int failures) {
    int over = failures - freeFailures;
    if (over <= 0) {
      return Duration.ZERO;
    }
    int doublings = Math.min(over - 1, 30);
    Duration delay = firstDelay.multipliedBy(1L << doublings);
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }
}
