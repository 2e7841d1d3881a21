package dev.patron.plugins.giftcards;

import dev.patron.api.money.Money;
import dev.patron.api.problem.Problem;
import dev.patron.api.problem.ProblemException;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * Activities the rules refuse: 422 problems that carry the card's current balance and state, so a
 * POS can tell the guest what is left without another request.
 */
final class Refusals {

  private Refusals() {
  }

  static ProblemException refuse(Card card, String code, String detail) {
    return Problem.of(422, code, "The request cannot be carried out", detail)
        .with("balance", Money.toJson(card.balance(), card.currency()))
        .with("state", card.state().name())
        .toException();
  }

  /** An amount for people: {@code 25.00 EUR}. */
  static String format(long amount, String currency) {
    int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    return BigDecimal.valueOf(amount, digits).toPlainString() + " " + currency;
  }
}
