package dev.patron.plugins.sales.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TotalSharesTest {

  @Test
  void sharesFollowTheLinesAndAddUpToTheTotal() {
    assertEquals(List.of(900L, 746L), TotalShares.split(1646, List.of(900L, 746L)), "no discount: the line amounts");
    assertEquals(List.of(600L, 300L), TotalShares.split(900, List.of(1000L, 500L)), "a discount spread evenly");
    assertEquals(List.of(34L, 33L, 33L), TotalShares.split(100, List.of(1L, 1L, 1L)), "the left-over unit goes first");
    assertEquals(List.of(32L, 36L, 32L), TotalShares.split(100, List.of(10L, 11L, 10L)), "to the largest remainder");
    assertEquals(List.of(0L, 0L), TotalShares.split(0, List.of(500L, 250L)), "a free order");
    assertEquals(List.of(50L, 50L), TotalShares.split(100, List.of(0L, 0L)), "free lines with a service charge share it equally");
    assertEquals(List.of(0L, 120L), TotalShares.split(120, List.of(0L, 100L)), "a free line gets nothing");
  }

  @Test
  void randomSplitsAlwaysAddUpAndStayWithinOneUnitOfTheExactShare() {
    Random random = new Random(13);
    for (int round = 0; round < 2_000; round++) {
      int count = 1 + random.nextInt(30);
      List<Long> amounts = new ArrayList<>();
      long sum = 0;
      for (int i = 0; i < count; i++) {
        long amount = random.nextInt(5) == 0 ? 0 : random.nextInt(100_000);
        amounts.add(amount);
        sum += amount;
      }
      long total = sum == 0 ? random.nextInt(1000) : Math.max(0, sum - random.nextInt((int) Math.min(sum, 10_000) + 1)
          + random.nextInt(2_000));
      List<Long> shares = TotalShares.split(total, amounts);
      assertEquals(total, shares.stream().mapToLong(Long::longValue).sum(), "seed 13, round " + round);
      for (int i = 0; i < count; i++) {
        double exact = sum == 0 ? (double) total / count : (double) total * amounts.get(i) / sum;
        assertTrue(Math.abs(shares.get(i) - exact) < 1.0 + 1e-9, "round " + round + ", line " + i);
      }
    }
  }
}
