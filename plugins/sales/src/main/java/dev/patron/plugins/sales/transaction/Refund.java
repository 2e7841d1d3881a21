package dev.patron.plugins.sales.transaction;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A refund of a receipt, in minor units: {@code amount} of its total and {@code tip} of its tip
 * (only a whole refund gives the tip back).
 *
 * @param whole whether it refunded everything that was left
 */
public record Refund(UUID id, UUID transactionId, long amount, long tip, boolean whole, List<RefundedLine> lines,
    Instant refundedAt, Instant createdAt) {

  public Refund {
    lines = List.copyOf(lines);
  }
}
