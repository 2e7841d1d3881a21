package dev.patron.server.http.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RequestRateTest {

  private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
  private final RequestRate rate = new RequestRate();

  @Test
  void theWholeQuotaMayGoAtOnceThenItRefillsEvenly() {
    long now = 1_000 * SECOND;
    for (int i = 1; i <= 60; i++) {
      RequestRate.Decision decision = rate.take("t", 60, now);
      assertTrue(decision.allowed(), "request " + i);
      assertEquals(60 - i, decision.remaining());
    }
    RequestRate.Decision refused = rate.take("t", 60, now);
    assertFalse(refused.allowed());
    assertEquals(1, refused.retryAfterSeconds(), "one request's worth: a second");
    assertEquals(60, refused.resetSeconds(), "whole again in a minute");

    assertFalse(rate.take("t", 60, now + SECOND / 2).allowed());
    assertTrue(rate.take("t", 60, now + SECOND).allowed(), "a second later one more goes");
    assertFalse(rate.take("t", 60, now + SECOND).allowed());
  }

  @Test
  void aNewLimitKeepsTheRequestsAlreadyCounted() {
    long now = 100 * SECOND;
    for (int i = 0; i < 5; i++) {
      assertTrue(rate.take("k", 5, now).allowed());
    }
    assertFalse(rate.take("k", 5, now).allowed());
    RequestRate.Decision raised = rate.take("k", 600, now);
    assertTrue(raised.allowed(), "5 of 600 used");
    assertEquals(600 - 6, raised.remaining());
  }

  @Test
  void callersCountApartAndIdleOnesAreForgotten() {
    long now = 5 * SECOND;
    assertTrue(rate.take("a", 1, now).allowed());
    assertFalse(rate.take("a", 1, now).allowed());
    assertTrue(rate.take("b", 1, now).allowed());
    assertEquals(2, rate.tracked());
    rate.forgetIdle(now + 61 * SECOND);
    assertEquals(0, rate.tracked());
    assertTrue(rate.take("a", 1, now + 61 * SECOND).allowed());
  }
}
