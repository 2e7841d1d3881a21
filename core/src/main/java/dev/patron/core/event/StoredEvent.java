package dev.patron.core.event;

import dev.patron.api.customer.CustomerEvent;
import dev.patron.api.customer.CustomerEventType;
import dev.patron.core.customer.CustomerJson;
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
    CustomerEventType type,
    UUID customerId,
    Instant occurredAt,
    JsonObject payload) {

  static final String COLUMNS = "tx_id, seq, id, tenant_id, type, customer_id, occurred_at, payload";

  static StoredEvent map(Row row) {
    return new StoredEvent(
        new EventPosition(row.getLong("tx_id"), row.getLong("seq")),
        row.getUUID("id"),
        row.getUUID("tenant_id"),
        CustomerEventType.fromWireName(row.getString("type")),
        row.getUUID("customer_id"),
        Rows.instant(row, "occurred_at"),
        row.getJsonObject("payload"));
  }

  /** The event as plugins receive it. */
  public CustomerEvent toCustomerEvent() {
    return new CustomerEvent(id, type, tenantId, customerId, occurredAt,
        payload == null ? null : CustomerJson.fromJson(payload));
  }

  /** The event as API clients read it, showing only the extension namespaces they may see. */
  public JsonObject toJson(TenantContext context) {
    JsonObject data = null;
    if (payload != null) {
      data = payload.copy().put("extensions", context.visibleExtensions(payload.getJsonObject("extensions")));
    }
    return new JsonObject()
        .put("id", id.toString())
        .put("type", type.wireName())
        .put("customerId", customerId.toString())
        .put("occurredAt", occurredAt.toString())
        .put("position", position.toString())
        .put("data", data);
  }
}
