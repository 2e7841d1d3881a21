package dev.patron.plugins.giftcards;

/**
 * PENDING: issued, no value yet (e.g. a physical card in the drawer); ACTIVE: usable;
 * DEACTIVATED: permanently out of use, its balance stays a liability until written off.
 */
public enum CardState {
  PENDING,
  ACTIVE,
  DEACTIVATED
}
