package dev.patron.plugins.sales.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A customer's statistics as read, in minor units. {@code spend} is what their receipts totalled
 * (tips aside), {@code refunds} what was refunded of it, {@code tips} the tips less tips refunded.
 * The rolling windows are net of refunds, which count on the day of the sale they refund.
 *
 * @param asOf the restaurant's date the windows end on (that day included)
 */
public record CustomerStatistics(
    UUID customerId,
    long visits,
    long spend,
    long refunds,
    long tips,
    Instant firstVisitAt,
    Instant lastVisitAt,
    long spendLast30Days,
    long spendLast90Days,
    long spendLast365Days,
    String favouriteLocation,
    UUID favouriteOrderProfileId,
    LocalDate asOf) {

  /** A customer without any sale. */
  public static CustomerStatistics none(UUID customerId, LocalDate asOf) {
    return new CustomerStatistics(customerId, 0, 0, 0, 0, null, null, 0, 0, 0, null, null, asOf);
  }

  public long netSpend() {
    return spend - refunds;
  }
}
