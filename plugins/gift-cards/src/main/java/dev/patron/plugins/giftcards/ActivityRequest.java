package dev.patron.plugins.giftcards;

import java.util.UUID;

/**
 * An activity as a client asked for it, already checked for shape. {@code amount} is positive
 * (or {@code null} for DEACTIVATE and REVERSE); the type gives its direction.
 */
public record ActivityRequest(ActivityType type, Long amount, String reason, UUID reversesActivityId) {
}
