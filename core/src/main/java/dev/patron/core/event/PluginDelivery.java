package dev.patron.core.event;

import io.vertx.core.json.JsonObject;
import java.time.Instant;

/** An event a plugin has not taken yet: its state, attempts so far and last error. */
public record PluginDelivery(StoredEvent event, String pluginId, String state, int attempts, Instant nextAttemptAt,
    String lastError, Instant updatedAt) {

  public static final String PENDING = "PENDING";
  public static final String DEAD = "DEAD";

  /** As admins see it; a customer event's subject is also named {@code customerId}. */
  public JsonObject toJson() {
    JsonObject json = new JsonObject()
        .put("eventId", event.id().toString())
        .put("tenantId", event.tenantId().toString())
        .put("subjectId", event.subjectId().toString());
    if (event.isCustomerEvent()) {
      json.put("customerId", event.subjectId().toString());
    }
    return json
        .put("type", event.type())
        .put("occurredAt", event.occurredAt().toString())
        .put("pluginId", pluginId)
        .put("state", state)
        .put("attempts", attempts)
        .put("nextAttemptAt", state.equals(PENDING) ? nextAttemptAt.toString() : null)
        .put("lastError", lastError)
        .put("updatedAt", updatedAt.toString());
  }
}
