package dev.patron.plugins.sales.refund;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.api.problem.ProblemException;
import dev.patron.plugins.sales.receipt.OrderDiscount;
import dev.patron.plugins.sales.receipt.Payment;
import dev.patron.plugins.sales.receipt.PaymentMethod;
import dev.patron.plugins.sales.receipt.ReceiptArithmetic;
import dev.patron.plugins.sales.receipt.Sale;
import dev.patron.plugins.sales.receipt.SaleLine;
import dev.patron.plugins.sales.transaction.Refund;
import dev.patron.plugins.sales.transaction.RefundedLine;
import dev.patron.plugins.sales.transaction.Transaction;
import dev.patron.plugins.sales.transaction.TransactionLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RefundPlanTest {

  private static final Instant CLOSED = Instant.parse("2026-11-20T19:30:00Z");
  private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

  /** 0.375 kg at 19.90 (7.46) and 3 × 2.00, 1.00 off the order, 1.50 tip: total 12.46. */
  private static Transaction receipt() {
    List<SaleLine> lines = List.of(
        new SaleLine("CHEESE", "Cheese", null, new BigDecimal("0.375"), 1990, 0, BigDecimal.ZERO, null),
        new SaleLine("ROLL", "Roll", null, new BigDecimal("3"), 200, 0, BigDecimal.ZERO, null));
    Sale sale = new Sale("R-1", null, CLOSED, null, null, null, null, lines, List.of(new OrderDiscount(null, null, 100)),
        0, 150, List.of(), 1246, List.of(new Payment(PaymentMethod.CARD, 1396, null)));
    return Transaction.recorded(UUID.randomUUID(), new ReceiptArithmetic(2, "EUR").check(sale, true), "EUR",
        LocalDate.of(2026, 11, 20), CLOSED);
  }

  @Test
  void aWholeRefundGivesBackTheTotalAndTheTip() {
    Refund refund = RefundPlan.plan(receipt(), new RefundRequest(null, null), UUID.randomUUID(), NOW);
    assertEquals(1246, refund.amount());
    assertEquals(150, refund.tip());
    assertTrue(refund.whole());
    assertEquals(NOW, refund.refundedAt());
    assertEquals(List.of(new BigDecimal("0.375"), new BigDecimal("3")),
        refund.lines().stream().map(RefundedLine::quantity).toList());
  }

  @Test
  void aLineGivesBackItsShareOfTheTotalForTheQuantity() {
    Transaction t = receipt();
    // shares of 12.46 over 7.46 and 6.00: 6.90576 and 5.55423, the left-over cent to the larger remainder
    assertEquals(List.of(691L, 555L), t.lines().stream().map(TransactionLine::totalShare).toList());
    Refund one = RefundPlan.plan(t, byLines(2, "1"), UUID.randomUUID(), NOW);
    assertEquals(185, one.amount(), "555 / 3");
    assertEquals(0, one.tip(), "a refund of lines keeps the tip");
    assertEquals(List.of(new RefundedLine(2, new BigDecimal("1"), 185)), one.lines());
  }

  @Test
  void refundingALineInPartsAddsUpToRefundingItAtOnce() {
    Random random = new Random(7);
    for (int round = 0; round < 300; round++) {
      Transaction t = receipt();
      long refunded = 0;
      while (!t.lines().get(0).fullyRefunded()) {
        BigDecimal left = t.lines().get(0).quantityLeft();
        BigDecimal part = BigDecimal.valueOf(1 + random.nextInt(left.movePointRight(3).intValueExact()), 3).min(left);
        Refund refund = RefundPlan.plan(t, byLines(1, part.toPlainString()), UUID.randomUUID(), NOW);
        refunded += refund.amount();
        t = applied(t, refund);
      }
      assertEquals(691, refunded, "seed 7, round " + round);
    }
  }

  @Test
  void neverMoreThanIsLeft() {
    Transaction t = applied(receipt(), RefundPlan.plan(receipt(), byLines(2, "2"), UUID.randomUUID(), NOW));
    ProblemException tooMuch = assertThrows(ProblemException.class,
        () -> RefundPlan.plan(t, byLines(2, "1.5"), UUID.randomUUID(), NOW));
    assertEquals(422, tooMuch.problem().status());
    assertEquals("refund-exceeds-sale", tooMuch.problem().code());
    assertEquals("lines[0].quantity", tooMuch.problem().errors().get(0).field());
    assertEquals("only 1 of line 2 are left to refund", tooMuch.problem().errors().get(0).message());

    Refund rest = RefundPlan.plan(t, byLines(2, null), UUID.randomUUID(), NOW);
    assertEquals(new BigDecimal("1"), rest.lines().get(0).quantity(), "without a quantity: what is left");
    Transaction lineDone = applied(t, rest);
    ProblemException done = assertThrows(ProblemException.class,
        () -> RefundPlan.plan(lineDone, byLines(2, null), UUID.randomUUID(), NOW));
    assertEquals("line 2 is refunded in full already", done.problem().errors().get(0).message());

    Refund whole = RefundPlan.plan(lineDone, new RefundRequest(null, null), UUID.randomUUID(), NOW);
    assertEquals(691, whole.amount(), "the whole refund takes what is left: the first line");
    assertEquals(150, whole.tip());
    Transaction all = applied(lineDone, whole);
    ProblemException nothing = assertThrows(ProblemException.class,
        () -> RefundPlan.plan(all, new RefundRequest(null, null), UUID.randomUUID(), NOW));
    assertEquals("nothing-to-refund", nothing.problem().code());
  }

  @Test
  void unknownLinesAndEarlyDatesAreInvalid() {
    ProblemException unknown = assertThrows(ProblemException.class,
        () -> RefundPlan.plan(receipt(), byLines(3, null), UUID.randomUUID(), NOW));
    assertEquals(400, unknown.problem().status());
    assertEquals("lines[0].lineNumber", unknown.problem().errors().get(0).field());
    ProblemException early = assertThrows(ProblemException.class, () -> RefundPlan.plan(receipt(),
        new RefundRequest(null, CLOSED.minusSeconds(1)), UUID.randomUUID(), NOW));
    assertEquals("refundedAt", early.problem().errors().get(0).field());
  }

  private static RefundRequest byLines(int line, String quantity) {
    return new RefundRequest(List.of(new RefundRequest.LineRequest(line, quantity == null ? null : new BigDecimal(quantity))),
        null);
  }

  /** The receipt as the database holds it after the refund. */
  private static Transaction applied(Transaction t, Refund refund) {
    List<TransactionLine> lines = new ArrayList<>();
    for (TransactionLine line : t.lines()) {
      BigDecimal quantity = BigDecimal.ZERO;
      long amount = 0;
      for (RefundedLine refunded : refund.lines()) {
        if (refunded.lineNumber() == line.lineNumber()) {
          quantity = refunded.quantity();
          amount = refunded.amount();
        }
      }
      lines.add(new TransactionLine(line.lineNumber(), line.productId(), line.name(), line.category(), line.quantity(),
          line.unitPrice(), line.lineDiscount(), line.taxRate(), line.amount(), line.totalShare(),
          line.refundedQuantity().add(quantity), line.refundedAmount() + amount));
    }
    List<Refund> refunds = new ArrayList<>(t.refunds());
    refunds.add(refund);
    Transaction withLines = t.with(lines, refunds);
    return new Transaction(withLines.id(), withLines.receiptId(), null, false, withLines.closedAt(), withLines.closedOn(),
        null, null, null, null, true, "EUR", lines, withLines.discounts(), 0, withLines.tip(), withLines.taxes(),
        withLines.total(), withLines.payments(), withLines.refundedTotal() + refund.amount(),
        withLines.refundedTip() + refund.tip(), refunds, withLines.createdAt());
  }
}
