package dev.patron.plugins.giftcards;

/** The kinds of ledger entries, with what each needs and which way it moves the balance. */
public enum ActivityType {
  ACTIVATE(1),
  LOAD(1),
  REDEEM(-1),
  ADJUST_INCREMENT(1),
  ADJUST_DECREMENT(-1),
  REFUND(1),
  DEACTIVATE(0),
  REVERSE(1);

  private final int sign;

  ActivityType(int sign) {
    this.sign = sign;
  }

  /** +1 when the activity adds value, -1 when it takes value, 0 when it moves none. */
  public int sign() {
    return sign;
  }

  /** Whether the client states the amount (REVERSE takes it from the redeem it undoes). */
  public boolean takesAmount() {
    return sign != 0 && this != REVERSE;
  }

  /** Manual corrections must say why, for the audit trail. */
  public boolean needsReason() {
    return this == ADJUST_INCREMENT || this == ADJUST_DECREMENT;
  }
}
