package dev.patron.api.event;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.UUID;

/**
 * Something that happened to one subject, recorded in the outbox in the same transaction as the
 * change itself: a customer event ({@code customer.created}, {@code customer.updated}, {@code
 * customer.archived}) or a plugin's own ({@code <pluginId>.<name>}, e.g. {@code
 * gift-cards.activity.recorded}).
 *
 * <p>{@code id} is stable across redeliveries: use it to make a listener idempotent. {@code
 * subjectId} is what the event is about — the customer for customer events; a card, an invoice ...
 * for plugin events — and events of one subject arrive in order.
 *
 * <p>{@code data} is the payload its type documents. For customer events it is the customer after
 * the change, as the API shows it (with every plugin's extension namespace); {@code null} for
 * {@code customer.archived}. Archiving a customer erases the data of every event whose subject is
 * that customer, so {@code data} is also {@code null} for those.
 *
 * <p>{@code actor} is who made the change ({@link Actor}); {@code null} only for events recorded
 * before the host kept actors (contract 2.2.0).
 */
public record Event(UUID id, String type, UUID tenantId, UUID subjectId, Instant occurredAt, JsonObject data,
    Actor actor) {

  /** An event without a known actor. */
  public Event(UUID id, String type, UUID tenantId, UUID subjectId, Instant occurredAt, JsonObject data) {
    this(id, type, tenantId, subjectId, occurredAt, data, null);
  }

  /** The prefix of the core's own event types. */
  public static final String CUSTOMER_PREFIX = "customer.";

  /** Whether this is one of the core's customer events (its subject is a customer). */
  public boolean isCustomerEvent() {
    return type.startsWith(CUSTOMER_PREFIX);
  }
}
