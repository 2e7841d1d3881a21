package dev.patron.plugins.webhooks.delivery;

import dev.patron.api.event.Event;
import io.vertx.core.json.JsonObject;

/**
 * The body of a webhook: the event as {@code GET /api/v1/events} lists it (without the feed's
 * position), so one parser serves receivers and pollers alike.
 */
public final class Payloads {

  private Payloads() {
  }

  public static JsonObject of(Event event) {
    JsonObject json = new JsonObject()
        .put("id", event.id().toString())
        .put("type", event.type())
        .put("subjectId", event.subjectId().toString());
    if (event.isCustomerEvent()) {
      json.put("customerId", event.subjectId().toString());
    }
    return json
        .put("occurredAt", event.occurredAt().toString())
        .put("actor", event.actor() == null ? null : event.actor().toJson())
        .put("data", event.data());
  }
}
