package dev.patron.plugins.giftcards;

import java.time.Instant;
import java.util.UUID;

/**
 * One ledger entry. {@code amount} is the signed change to the balance (negative for REDEEM and
 * ADJUST_DECREMENT, zero for DEACTIVATE); {@code cardVersion} is the card's version after it.
 */
public record Activity(
    UUID id,
    UUID cardId,
    long cardVersion,
    ActivityType type,
    long amount,
    long balanceAfter,
    String currency,
    String reason,
    UUID reversesActivityId,
    Instant createdAt) {
}
