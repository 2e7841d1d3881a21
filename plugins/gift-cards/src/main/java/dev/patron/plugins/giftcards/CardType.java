package dev.patron.plugins.giftcards;

/** A plastic card handed over the counter, or a code sent by email or app. */
public enum CardType {
  PHYSICAL,
  DIGITAL
}
