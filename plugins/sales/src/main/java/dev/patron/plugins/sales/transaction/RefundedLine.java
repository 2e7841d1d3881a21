package dev.patron.plugins.sales.transaction;

import java.math.BigDecimal;

/** What one refund took back from one line: a quantity, and the money for it. */
public record RefundedLine(int lineNumber, BigDecimal quantity, long amount) {
}
