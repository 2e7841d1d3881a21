package dev.patron.plugins.sales.refund;

import dev.patron.api.money.Money;
import dev.patron.api.problem.FieldError;
import dev.patron.api.problem.Problem;
import dev.patron.api.problem.ProblemException;
import dev.patron.api.problem.Problems;
import dev.patron.plugins.sales.receipt.MinorUnits;
import dev.patron.plugins.sales.transaction.Refund;
import dev.patron.plugins.sales.transaction.RefundedLine;
import dev.patron.plugins.sales.transaction.Transaction;
import dev.patron.plugins.sales.transaction.TransactionLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a refund gives back, free of I/O, from the receipt as its row lock left it. Never more than
 * is left: a line's quantity cannot be refunded twice, and the money for it is its share of the
 * total ({@link TransactionLine#totalShare()}) in proportion to the quantity, rounded half up on
 * the quantity refunded so far. So refunding a line in parts gives back exactly what refunding it
 * at once does, and refunding every line gives back exactly the total. A whole refund takes what
 * is left of every line, and the tip.
 */
public final class RefundPlan {

  /** A receipt is refunded a few times at most; past this something is wrong at the till. */
  public static final int MAX_REFUNDS = 100;

  private RefundPlan() {
  }

  public static Refund plan(Transaction t, RefundRequest request, UUID refundId, Instant now) {
    if (t.refunds().size() >= MAX_REFUNDS) {
      throw refusal(t, "too-many-refunds", "Receipt '" + t.receiptId() + "' has " + MAX_REFUNDS
          + " refunds already; no more can be added.", List.of());
    }
    Instant refundedAt = request.refundedAt() == null ? now : request.refundedAt();
    if (refundedAt.isBefore(t.closedAt())) {
      throw Problems.invalidField("refundedAt", "must not be before the receipt was closed (" + t.closedAt() + ")");
    }
    return request.whole() ? whole(t, refundId, refundedAt, now) : byLines(t, request, refundId, refundedAt, now);
  }

  private static Refund whole(Transaction t, UUID refundId, Instant refundedAt, Instant now) {
    List<RefundedLine> lines = new ArrayList<>();
    for (TransactionLine line : t.lines()) {
      if (!line.fullyRefunded()) {
        lines.add(new RefundedLine(line.lineNumber(), line.quantityLeft(), line.totalShare() - line.refundedAmount()));
      }
    }
    if (lines.isEmpty() && t.totalLeft() == 0 && t.tipLeft() == 0) {
      throw refusal(t, "nothing-to-refund", "Receipt '" + t.receiptId() + "' is refunded in full already.", List.of());
    }
    return new Refund(refundId, t.id(), t.totalLeft(), t.tipLeft(), true, lines, refundedAt, now);
  }

  private static Refund byLines(Transaction t, RefundRequest request, UUID refundId, Instant refundedAt, Instant now) {
    List<FieldError> unknown = new ArrayList<>();
    List<FieldError> tooMuch = new ArrayList<>();
    List<RefundedLine> lines = new ArrayList<>();
    for (int i = 0; i < request.lines().size(); i++) {
      RefundRequest.LineRequest asked = request.lines().get(i);
      String field = "lines[" + i + "]";
      if (asked.lineNumber() > t.lines().size()) {
        unknown.add(new FieldError(field + ".lineNumber", "the receipt has no line " + asked.lineNumber()
            + " (it has " + t.lines().size() + ")"));
        continue;
      }
      TransactionLine line = t.lines().get(asked.lineNumber() - 1);
      BigDecimal left = line.quantityLeft();
      BigDecimal quantity = asked.quantity() == null ? left : asked.quantity();
      if (left.signum() == 0) {
        tooMuch.add(new FieldError(field, "line " + line.lineNumber() + " is refunded in full already"));
      } else if (quantity.compareTo(left) > 0) {
        tooMuch.add(new FieldError(field + ".quantity", "only " + left.toPlainString() + " of line "
            + line.lineNumber() + " are left to refund"));
      } else {
        lines.add(new RefundedLine(line.lineNumber(), quantity, amount(line, quantity)));
      }
    }
    if (!unknown.isEmpty()) {
      throw Problems.validation(unknown);
    }
    if (!tooMuch.isEmpty()) {
      throw refusal(t, "refund-exceeds-sale", "The refund asks for more than is left to refund of receipt '"
          + t.receiptId() + "'; see errors.", tooMuch);
    }
    long amount = lines.stream().mapToLong(RefundedLine::amount).sum();
    return new Refund(refundId, t.id(), amount, 0, false, lines, refundedAt, now);
  }

  /** The line's share for its refunded quantity after this refund, less what earlier refunds gave. */
  static long amount(TransactionLine line, BigDecimal quantity) {
    BigDecimal after = line.refundedQuantity().add(quantity);
    return MinorUnits.proportion(line.totalShare(), after, line.quantity()) - line.refundedAmount();
  }

  /** A 422 carrying what is left to refund, so the till can say so without another request. */
  private static ProblemException refusal(Transaction t, String code, String detail, List<FieldError> errors) {
    return new Problem(422, code, "The refund cannot be carried out", detail, errors, Map.of(
        "refundable", Money.toJson(t.totalLeft(), t.currency()),
        "refundableTip", Money.toJson(t.tipLeft(), t.currency()))).toException();
  }
}
