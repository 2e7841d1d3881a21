package dev.patron.core.event;

import dev.patron.api.event.Actor;
import dev.patron.api.event.Event;
import dev.patron.kit.sql.Rows;
import dev.patron.core.tenant.TenantContext;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.Instant;
import java.util.UUID;

/** An outbox row: an event with its position and its payload as stored. */
public record StoredEvent(
    EventPosition position,
    UUID id,
    UUID tenantId,
    String type,
    UUID subjectId,
    Instant occurredAt,
    JsonObject payload,
    Actor actor) {

  static final String COLUMNS = "tx_id, seq, id, tenant_id, type, subject_id, occurred_at, payload, actor";

  static StoredEvent map(Row row) {
    return new StoredEvent(
        new EventPosition(row.getLong("tx_id"), row.getLong("seq")),
        row.getUUID("id"),
        row.getUUID("tenant_id"),
        row.getString("type"),
        row.getUUID("subject_id"),
        Rows.instant(row, "occurred_at"),
        row.getJsonObject("payload"),
        Actor.decode(row.getString("actor")));
  }

  public boolean isCustomerEvent() {
    return EventTypes.owner(type).equals(EventTypes.CORE_OWNER);
  }

  /** The event as plugins receive it; each call gives its own copy of the data. */
  public Event toEvent() {
    return new Event(id, type, tenantId, subjectId, occurredAt, payload == null ? null : payload.copy(), actor);
  }

  /**
   * The event as API clients read it. A customer event's data shows only the extension namespaces
   * the tenant may see, and names the customer also as {@code customerId}.
   */
  public JsonObject toJson(TenantContext context) {
    JsonObject json = new JsonObject()
        .put("id", id.toString())
        .put("type", type)
        .put("subjectId", subjectId.toString());
    JsonObject data = payload;
    if (isCustomerEvent()) {
      json.put("customerId", subjectId.toString());
      if (payload != null) {
        data = payload.copy().put("extensions", context.visibleExtensions(payload.getJsonObject("extensions")));
      }
    }
    return json
        .put("occurredAt", occurredAt.toString())
        .put("position", position.toString())
        .put("actor", actor == null ? null : actor.toJson())
        .put("data", data);
  }
}
