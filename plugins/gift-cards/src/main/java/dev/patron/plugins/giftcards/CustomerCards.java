package dev.patron.plugins.giftcards;

/**
 * A customer's gift cards in numbers: how many cards they are linked to, and what those cards hold
 * that can be spent today (active and not expired), in minor units of the restaurant's currency.
 */
record CustomerCards(long linked, long spendable) {
}
