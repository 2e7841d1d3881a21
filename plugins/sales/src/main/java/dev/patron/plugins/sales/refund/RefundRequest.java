package dev.patron.plugins.sales.refund;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A refund as asked for: {@code lines} {@code null} for everything that is left (tip included),
 * else the lines to refund.
 *
 * @param refundedAt when the money went back; {@code null}: now
 */
public record RefundRequest(List<LineRequest> lines, Instant refundedAt) {

  /** Some of one line: {@code quantity} {@code null} for all that is left of it. */
  public record LineRequest(int lineNumber, BigDecimal quantity) {
  }

  public boolean whole() {
    return lines == null;
  }
}
