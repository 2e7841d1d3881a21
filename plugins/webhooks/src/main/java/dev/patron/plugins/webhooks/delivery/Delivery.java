package dev.patron.plugins.webhooks.delivery;

import dev.patron.kit.sql.Rows;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.Instant;
import java.util.UUID;

/** One event for one endpoint, with where its attempts stand. Its id is the {@code webhook-id}. */
public record Delivery(UUID id, UUID endpointId, UUID eventId, String eventType, UUID subjectId, String state,
    int attempts, Instant nextAttemptAt, Integer lastStatus, String lastError, Instant createdAt, Instant finishedAt,
    JsonObject payload) {

  static final String COLUMNS = "id, endpoint_id, event_id, event_type, subject_id, state, attempts, next_attempt_at,"
      + " last_status, last_error, created_at, finished_at";

  static Delivery from(Row row, boolean withPayload) {
    return new Delivery(row.getUUID("id"), row.getUUID("endpoint_id"), row.getUUID("event_id"),
        row.getString("event_type"), row.getUUID("subject_id"), row.getString("state"), row.getInteger("attempts"),
        Rows.instant(row, "next_attempt_at"), row.getInteger("last_status"), row.getString("last_error"),
        Rows.instant(row, "created_at"), Rows.instant(row, "finished_at"),
        withPayload ? new JsonObject(row.getString("payload")) : null);
  }

  public JsonObject toJson() {
    JsonObject json = new JsonObject()
        .put("id", id.toString())
        .put("endpointId", endpointId.toString())
        .put("eventId", eventId.toString())
        .put("eventType", eventType)
        .put("subjectId", subjectId.toString())
        .put("state", state)
        .put("attempts", attempts)
        .put("nextAttemptAt", state.equals("PENDING") ? nextAttemptAt.toString() : null)
        .put("lastStatus", lastStatus)
        .put("lastError", lastError)
        .put("createdAt", createdAt.toString())
        .put("finishedAt", finishedAt == null ? null : finishedAt.toString());
    return payload == null ? json : json.put("payload", payload);
  }
}
