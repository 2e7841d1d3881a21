package dev.patron.plugins.sales.it;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a test posted and refunded, kept by the test itself, and the statistics recomputed from it
 * the way the guide defines them: the independent side of the property test.
 */
final class SalesModel {

  /** A recorded receipt and what is refunded of it so far. */
  static final class Receipt {
    final String id;
    final String customer;
    final Instant closedAt;
    final LocalDate day;
    final String location;
    final String profile;
    final long total;
    final long tip;
    final List<BigDecimal> quantities;
    final List<Long> shares;
    final BigDecimal[] refundedQuantities;
    final long[] refundedAmounts;
    long refunded;
    long refundedTip;

    Receipt(String id, String customer, Instant closedAt, LocalDate day, String location, String profile, long total,
        long tip, List<BigDecimal> quantities, List<Long> shares) {
      this.id = id;
      this.customer = customer;
      this.closedAt = closedAt;
      this.day = day;
      this.location = location;
      this.profile = profile;
      this.total = total;
      this.tip = tip;
      this.quantities = quantities;
      this.shares = shares;
      this.refundedQuantities = new BigDecimal[quantities.size()];
      Arrays.fill(refundedQuantities, BigDecimal.ZERO);
      this.refundedAmounts = new long[quantities.size()];
    }

    BigDecimal left(int line) {
      return quantities.get(line).subtract(refundedQuantities[line]);
    }

    boolean fullyRefunded() {
      for (int i = 0; i < quantities.size(); i++) {
        if (left(i).signum() > 0) {
          return false;
        }
      }
      return refunded == total && refundedTip == tip;
    }

    /** The documented amount for refunding {@code quantity} more of a line: cumulative, rounded half up. */
    long lineRefund(int line, BigDecimal quantity) {
      BigDecimal after = refundedQuantities[line].add(quantity);
      return BigDecimal.valueOf(shares.get(line)).multiply(after).divide(quantities.get(line), 0, RoundingMode.HALF_UP)
          .longValueExact() - refundedAmounts[line];
    }

    void refundLine(int line, BigDecimal quantity, long amount) {
      refundedQuantities[line] = refundedQuantities[line].add(quantity);
      refundedAmounts[line] += amount;
      refunded += amount;
    }

    void refundRest() {
      for (int i = 0; i < quantities.size(); i++) {
        refundLine(i, left(i), shares.get(i) - refundedAmounts[i]);
      }
      refundedTip = tip;
    }
  }

  /** The statistics the guide promises, from the receipts of one customer. */
  record Expected(long visits, long spend, long refunds, long tips, Instant first, Instant last, long last30,
      long last90, long last365, String favouriteLocation, String favouriteProfile) {
  }

  final List<Receipt> receipts = new ArrayList<>();

  Expected expected(String customer, LocalDate asOf) {
    List<Receipt> mine = receipts.stream().filter(r -> customer.equals(r.customer)).toList();
    long spend = mine.stream().mapToLong(r -> r.total).sum();
    long refunds = mine.stream().mapToLong(r -> r.refunded).sum();
    long tips = mine.stream().mapToLong(r -> r.tip - r.refundedTip).sum();
    return new Expected(mine.size(), spend, refunds, tips,
        mine.stream().map(r -> r.closedAt).min(Comparator.naturalOrder()).orElse(null),
        mine.stream().map(r -> r.closedAt).max(Comparator.naturalOrder()).orElse(null),
        window(mine, asOf, 30), window(mine, asOf, 90), window(mine, asOf, 365),
        favourite(mine, r -> r.location), favourite(mine, r -> r.profile));
  }

  private static long window(List<Receipt> receipts, LocalDate asOf, int days) {
    return receipts.stream().filter(r -> r.day.isAfter(asOf.minusDays(days))).mapToLong(r -> r.total - r.refunded).sum();
  }

  /** Most visits, then the latest visit, then the value in byte order. */
  private static String favourite(List<Receipt> receipts, Function<Receipt, String> value) {
    Map<String, long[]> visits = new HashMap<>();
    Map<String, Instant> latest = new HashMap<>();
    for (Receipt r : receipts) {
      String v = value.apply(r);
      if (v != null) {
        visits.computeIfAbsent(v, k -> new long[1])[0]++;
        latest.merge(v, r.closedAt, (a, b) -> a.isAfter(b) ? a : b);
      }
    }
    return visits.keySet().stream().min(Comparator.<String>comparingLong(v -> -visits.get(v)[0])
        .thenComparing(v -> latest.get(v), Comparator.reverseOrder())
        .thenComparing(Comparator.naturalOrder())).orElse(null);
  }
}
