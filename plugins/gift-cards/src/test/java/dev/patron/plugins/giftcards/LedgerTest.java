package dev.patron.plugins.giftcards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.patron.api.problem.Problem;
import dev.patron.api.problem.ProblemException;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LedgerTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
  private static final long MAX = 50_000;

  private static Card card(CardState state, long balance, LocalDate expiresOn) {
    Instant at = Instant.parse("2026-01-01T10:00:00Z");
    return new Card(UUID.randomUUID(), "**** **** **** 1111", CardType.DIGITAL, state, balance, "EUR", expiresOn,
        List.of(), 3, at, at);
  }

  private static Ledger.Change apply(Card card, ActivityType type, Long amount) {
    return Ledger.apply(card, new ActivityRequest(type, amount, "reason", null), null, MAX, TODAY);
  }

  private static Problem refused(Card card, ActivityType type, Long amount) {
    return assertThrows(ProblemException.class, () -> apply(card, type, amount)).problem();
  }

  @Test
  void movesTheBalanceByTheSignedAmountOfEachType() {
    Card active = card(CardState.ACTIVE, 10_000, null);
    assertEquals(new Ledger.Change(2_500, CardState.ACTIVE), apply(active, ActivityType.LOAD, 2_500L));
    assertEquals(new Ledger.Change(-2_500, CardState.ACTIVE), apply(active, ActivityType.REDEEM, 2_500L));
    assertEquals(new Ledger.Change(100, CardState.ACTIVE), apply(active, ActivityType.ADJUST_INCREMENT, 100L));
    assertEquals(new Ledger.Change(-100, CardState.ACTIVE), apply(active, ActivityType.ADJUST_DECREMENT, 100L));
    assertEquals(new Ledger.Change(700, CardState.ACTIVE), apply(active, ActivityType.REFUND, 700L));
    assertEquals(new Ledger.Change(0, CardState.DEACTIVATED), apply(active, ActivityType.DEACTIVATE, null));
    assertEquals(new Ledger.Change(5_000, CardState.ACTIVE),
        apply(card(CardState.PENDING, 0, null), ActivityType.ACTIVATE, 5_000L));
  }

  @Test
  void neverGoesBelowZeroAndTellsTheBalance() {
    Card active = card(CardState.ACTIVE, 1_000, null);
    assertEquals(new Ledger.Change(-1_000, CardState.ACTIVE), apply(active, ActivityType.REDEEM, 1_000L));
    Problem problem = refused(active, ActivityType.REDEEM, 1_001L);
    assertEquals(422, problem.status());
    assertEquals("insufficient-balance", problem.code());
    assertEquals(new JsonObject().put("amount", 1_000L).put("currency", "EUR"), problem.properties().get("balance"));
    assertEquals("The card's balance of 10.00 EUR does not cover 10.01 EUR.", problem.detail());
    assertEquals("insufficient-balance", refused(active, ActivityType.ADJUST_DECREMENT, 1_001L).code());
  }

  @Test
  void neverGoesAboveTheMaximum() {
    Card active = card(CardState.ACTIVE, 40_000, null);
    assertEquals(new Ledger.Change(10_000, CardState.ACTIVE), apply(active, ActivityType.LOAD, 10_000L));
    for (ActivityType type : List.of(ActivityType.LOAD, ActivityType.REFUND, ActivityType.ADJUST_INCREMENT)) {
      assertEquals("over-maximum-balance", refused(active, type, 10_001L).code(), type.name());
    }
    assertEquals("over-maximum-balance", refused(card(CardState.PENDING, 0, null), ActivityType.ACTIVATE, 50_001L).code());
    // A card above a since lowered maximum can still be spent.
    assertEquals(new Ledger.Change(-100, CardState.ACTIVE), apply(card(CardState.ACTIVE, 60_000, null), ActivityType.REDEEM, 100L));
  }

  @Test
  void onlyActiveCardsTakeAndGiveValue() {
    Card pending = card(CardState.PENDING, 0, null);
    for (ActivityType type : List.of(ActivityType.LOAD, ActivityType.REDEEM, ActivityType.REFUND,
        ActivityType.ADJUST_INCREMENT, ActivityType.ADJUST_DECREMENT)) {
      assertEquals("invalid-card-state", refused(pending, type, 100L).code(), type.name());
    }
    assertEquals(CardState.DEACTIVATED, apply(pending, ActivityType.DEACTIVATE, null).stateAfter());
    assertEquals("invalid-card-state", refused(card(CardState.ACTIVE, 100, null), ActivityType.ACTIVATE, 100L).code());

    Card deactivated = card(CardState.DEACTIVATED, 3_000, null);
    for (ActivityType type : List.of(ActivityType.ACTIVATE, ActivityType.LOAD, ActivityType.REDEEM, ActivityType.REFUND,
        ActivityType.ADJUST_INCREMENT, ActivityType.DEACTIVATE)) {
      Problem problem = refused(deactivated, type, type.takesAmount() ? 100L : null);
      assertEquals("invalid-card-state", problem.code(), type.name());
      assertEquals("DEACTIVATED", problem.properties().get("state"));
    }
    assertEquals(new Ledger.Change(-3_000, CardState.DEACTIVATED), apply(deactivated, ActivityType.ADJUST_DECREMENT, 3_000L));
  }

  @Test
  void anExpiredCardCannotBeLoadedOrSpentButCanBeCorrected() {
    Card lastDayToday = card(CardState.ACTIVE, 5_000, TODAY);
    assertEquals(-100, apply(lastDayToday, ActivityType.REDEEM, 100L).amount(), "usable through its last day");

    Card expired = card(CardState.ACTIVE, 5_000, TODAY.minusDays(1));
    for (ActivityType type : List.of(ActivityType.LOAD, ActivityType.REDEEM, ActivityType.REFUND)) {
      assertEquals("card-expired", refused(expired, type, 100L).code(), type.name());
    }
    assertEquals("card-expired", refused(card(CardState.PENDING, 0, TODAY.minusDays(1)), ActivityType.ACTIVATE, 100L).code());
    assertEquals(-5_000, apply(expired, ActivityType.ADJUST_DECREMENT, 5_000L).amount());
    assertEquals(CardState.DEACTIVATED, apply(expired, ActivityType.DEACTIVATE, null).stateAfter());
  }

  @Test
  void reversesARedeemOnceAndNothingElse() {
    Card active = card(CardState.ACTIVE, 1_000, null);
    Activity redeem = activity(active.id(), ActivityType.REDEEM, -2_000);
    ActivityRequest reverse = new ActivityRequest(ActivityType.REVERSE, null, null, redeem.id());

    assertEquals(new Ledger.Change(2_000, CardState.ACTIVE),
        Ledger.apply(active, reverse, new Ledger.ReverseTarget(redeem, false), MAX, TODAY));
    assertEquals("already-reversed", reverseRefused(active, reverse, new Ledger.ReverseTarget(redeem, true)));
    assertEquals("not-reversible", reverseRefused(active, reverse,
        new Ledger.ReverseTarget(activity(active.id(), ActivityType.LOAD, 2_000), false)));
    assertEquals("not-reversible", reverseRefused(active, reverse, new Ledger.ReverseTarget(null, false)));
    assertEquals("not-reversible", reverseRefused(active, reverse,
        new Ledger.ReverseTarget(activity(UUID.randomUUID(), ActivityType.REDEEM, -2_000), false)), "another card's redeem");
    Card nearlyFull = card(CardState.ACTIVE, 49_000, null);
    assertEquals("over-maximum-balance", reverseRefused(nearlyFull, reverse,
        new Ledger.ReverseTarget(activity(nearlyFull.id(), ActivityType.REDEEM, -2_000), false)));
  }

  private static String reverseRefused(Card card, ActivityRequest reverse, Ledger.ReverseTarget target) {
    return assertThrows(ProblemException.class, () -> Ledger.apply(card, reverse, target, MAX, TODAY)).problem().code();
  }

  private static Activity activity(UUID cardId, ActivityType type, long amount) {
    return new Activity(UUID.randomUUID(), cardId, 2, type, amount, 0, "EUR", null, null, Instant.now());
  }
}
