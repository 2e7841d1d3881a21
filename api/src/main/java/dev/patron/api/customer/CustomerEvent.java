package dev.patron.api.customer;

import java.time.Instant;
import java.util.UUID;

/**
 * A customer change recorded in the outbox in the same transaction as the change itself.
 *
 * <p>{@code id} is stable across redeliveries: use it to make a listener idempotent. {@code
 * customer} is the profile after the change, or {@code null} for {@link CustomerEventType#ARCHIVED}
 * (and for older events whose customer was archived since: archive erases personal data from the
 * outbox too).
 */
public record CustomerEvent(
    UUID id,
    CustomerEventType type,
    UUID tenantId,
    UUID customerId,
    Instant occurredAt,
    Customer customer) {
}
