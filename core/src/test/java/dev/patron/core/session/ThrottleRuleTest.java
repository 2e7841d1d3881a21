package dev.patron.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ThrottleRuleTest {

  @Test
  void freeFailuresCostNothingThenTheWaitDoublesUpToItsCap() {
    ThrottleRule rule = ThrottleRule.ACCOUNT_AT_ADDRESS;
    for (int failures = 0; failures <= 5; failures++) {
      assertEquals(Duration.ZERO, rule.delayAfter(failures));
    }
    assertEquals(Duration.ofSeconds(1), rule.delayAfter(6));
    assertEquals(Duration.ofSeconds(2), rule.delayAfter(7));
    assertEquals(Duration.ofSeconds(4), rule.delayAfter(8));
    assertEquals(Duration.ofSeconds(512), rule.delayAfter(15));
    assertEquals(Duration.ofMinutes(15), rule.delayAfter(16));
    assertEquals(Duration.ofMinutes(15), rule.delayAfter(1_000_000));
  }

  @Test
  void anAccountTriedFromEverywhereIsSlowedByAMinuteAtMost() {
    assertEquals(Duration.ZERO, ThrottleRule.ACCOUNT.delayAfter(20));
    assertEquals(Duration.ofSeconds(1), ThrottleRule.ACCOUNT.delayAfter(21));
    assertEquals(Duration.ofMinutes(1), ThrottleRule.ACCOUNT.delayAfter(10_000));
  }
}
