package dev.patron.plugins.giftcards;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * The rules of the ledger, free of I/O: whether an activity may happen to a card, and what it does
 * to the balance and state. A balance never goes below zero and never above the restaurant's
 * maximum; only ACTIVE cards take and give value; an expired card cannot be loaded or spent.
 */
final class Ledger {

  /** Activities refused once the card is past its last day; corrections stay possible. */
  private static final Set<ActivityType> BLOCKED_WHEN_EXPIRED =
      EnumSet.of(ActivityType.ACTIVATE, ActivityType.LOAD, ActivityType.REDEEM, ActivityType.REFUND);

  private Ledger() {
  }

  /** What an accepted activity does: the signed change to the balance and the state after it. */
  record Change(long amount, CardState stateAfter) {
  }

  /**
   * The redeem a REVERSE names, as found on the card ({@code activity} null when the card has no
   * such activity), and whether it was reversed before.
   */
  record ReverseTarget(Activity activity, boolean alreadyReversed) {
  }

  /**
   * Applies {@code request} to {@code card}, or throws a 422 refusal.
   *
   * @param target the activity a REVERSE undoes; ignored for other types
   * @param today the restaurant's date, for expiry
   */
  static Change apply(Card card, ActivityRequest request, ReverseTarget target, long maxBalance, LocalDate today) {
    ActivityType type = request.type();
    checkState(card, type);
    if (BLOCKED_WHEN_EXPIRED.contains(type) && card.expiredOn(today)) {
      throw Refusals.refuse(card, "card-expired", "The card expired at the end of " + card.expiresOn() + ".");
    }
    long amount = switch (type) {
      case DEACTIVATE -> 0;
      case REVERSE -> reversedAmount(card, target);
      default -> type.sign() * request.amount();
    };
    long after = card.balance() + amount;
    if (after < 0) {
      throw Refusals.refuse(card, "insufficient-balance", "The card's balance of "
          + Refusals.format(card.balance(), card.currency()) + " does not cover "
          + Refusals.format(-amount, card.currency()) + ".");
    }
    if (amount > 0 && after > maxBalance) {
      throw Refusals.refuse(card, "over-maximum-balance", "This would bring the balance to "
          + Refusals.format(after, card.currency()) + ", above the restaurant's maximum of "
          + Refusals.format(maxBalance, card.currency()) + ".");
    }
    CardState state = switch (type) {
      case ACTIVATE -> CardState.ACTIVE;
      case DEACTIVATE -> CardState.DEACTIVATED;
      default -> card.state();
    };
    return new Change(amount, state);
  }

  private static void checkState(Card card, ActivityType type) {
    Set<CardState> allowed = switch (type) {
      case ACTIVATE -> EnumSet.of(CardState.PENDING);
      case DEACTIVATE -> EnumSet.of(CardState.PENDING, CardState.ACTIVE);
      // Writing off what is left on a deactivated card is a correction, so it stays possible.
      case ADJUST_DECREMENT -> EnumSet.of(CardState.ACTIVE, CardState.DEACTIVATED);
      default -> EnumSet.of(CardState.ACTIVE);
    };
    if (!allowed.contains(card.state())) {
      throw Refusals.refuse(card, "invalid-card-state", stateDetail(card.state(), type));
    }
  }

  private static String stateDetail(CardState state, ActivityType type) {
    return switch (state) {
      case PENDING -> "The card is not active yet; ACTIVATE it (with an amount) first.";
      case ACTIVE -> type == ActivityType.ACTIVATE
          ? "The card is already active; LOAD adds value to it."
          : "An active card does not take " + type + ".";
      case DEACTIVATED -> "The card is deactivated for good; only ADJUST_DECREMENT can write off its balance.";
    };
  }

  private static long reversedAmount(Card card, ReverseTarget target) {
    Activity redeem = target.activity();
    if (redeem == null || !redeem.cardId().equals(card.id())) {
      throw Refusals.refuse(card, "not-reversible", "This card has no activity with that id.");
    }
    if (redeem.type() != ActivityType.REDEEM) {
      throw Refusals.refuse(card, "not-reversible", "Only a REDEEM can be reversed, not " + redeem.type() + ".");
    }
    if (target.alreadyReversed()) {
      throw Refusals.refuse(card, "already-reversed", "That redeem was reversed already.");
    }
    return -redeem.amount();
  }
}
