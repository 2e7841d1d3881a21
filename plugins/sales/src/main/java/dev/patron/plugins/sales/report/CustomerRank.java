package dev.patron.plugins.sales.report;

import java.util.UUID;

/** One customer's sales in a report's period, in minor units; {@code netSpend} ranks them. */
public record CustomerRank(UUID customerId, long visits, long spend, long refunds) {

  public long netSpend() {
    return spend - refunds;
  }
}
