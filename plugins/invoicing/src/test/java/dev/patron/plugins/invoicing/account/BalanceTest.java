package dev.patron.plugins.invoicing.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BalanceTest {

  @Test
  void aChargeMayReachTheCreditLimitButNotPassIt() {
    Balance balance = new Balance(3000, 5000, 0);
    assertTrue(balance.allows(2000, 10_000L));
    assertFalse(balance.allows(2001, 10_000L));
    assertTrue(balance.allows(1_000_000, null), "no limit");
  }

  @Test
  void describesWhatIsOwed() {
    Balance balance = new Balance(1000, 3200, 1200);
    assertFalse(balance.isSettled());
    assertEquals("42.00 EUR (pending charges 10.00 EUR, unpaid invoices 32.00 EUR)", balance.describe("EUR"));
    assertTrue(new Balance(0, 0, 0).isSettled());
  }
}
