package dev.patron.plugins.sales.receipt;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a receipt's total over its lines in proportion to their amounts, so that each line knows
 * what refunding it gives back: order discounts, the service charge and (when prices exclude it)
 * tax are spread with it. Largest remainder: each line gets the whole part of its exact share, and
 * the minor units left over go to the lines with the largest remainders (the earlier line on a
 * tie), so the shares add up to the total exactly. Lines that all cost nothing share it equally.
 */
public final class TotalShares {

  private TotalShares() {
  }

  public static List<Long> split(long total, List<Long> lineAmounts) {
    int count = lineAmounts.size();
    BigInteger sum = BigInteger.ZERO;
    for (long amount : lineAmounts) {
      sum = sum.add(BigInteger.valueOf(amount));
    }
    boolean equal = sum.signum() == 0;
    BigInteger whole = equal ? BigInteger.valueOf(count) : sum;
    long[] shares = new long[count];
    BigInteger[] remainders = new BigInteger[count];
    long given = 0;
    for (int i = 0; i < count; i++) {
      BigInteger weight = equal ? BigInteger.ONE : BigInteger.valueOf(lineAmounts.get(i));
      BigInteger[] division = BigInteger.valueOf(total).multiply(weight).divideAndRemainder(whole);
      shares[i] = division[0].longValueExact();
      remainders[i] = division[1];
      given += shares[i];
    }
    for (long left = total - given; left > 0; left--) {
      int largest = 0;
      for (int i = 1; i < count; i++) {
        if (remainders[i].compareTo(remainders[largest]) > 0) {
          largest = i;
        }
      }
      shares[largest]++;
      remainders[largest] = BigInteger.valueOf(-1);
    }
    List<Long> result = new ArrayList<>(count);
    for (long share : shares) {
      result.add(share);
    }
    return result;
  }
}
