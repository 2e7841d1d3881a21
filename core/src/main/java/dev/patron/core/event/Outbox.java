package dev.patron.core.event;

import dev.patron.api.customer.CustomerEventType;
import dev.patron.kit.sql.Rows;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.UUID;

/**
 * Records customer events in the same transaction as the change they describe: committed
 * together or not at all, so no acknowledged change lacks its event and no event outlives a
 * rolled-back change.
 */
public final class Outbox {

  public Future<UUID> append(SqlClient transaction, UUID tenantId, CustomerEventType type, UUID customerId,
      Instant occurredAt, JsonObject payload) {
    UUID id = UUID.randomUUID();
    return transaction.preparedQuery("INSERT INTO patron.outbox_events (tenant_id, id, type, customer_id, occurred_at, payload)"
            + " VALUES ($1, $2, $3, $4, $5, $6)")
        .execute(Tuple.of(tenantId, id, type.wireName(), customerId, Rows.param(occurredAt), payload))
        .map(id);
  }

  /**
   * Erases the personal data in a customer's earlier events (their payloads), for archive: the
   * events stay, so the sequence readers follow stays whole.
   */
  public Future<Void> redact(SqlClient transaction, UUID tenantId, UUID customerId) {
    return transaction.preparedQuery("UPDATE patron.outbox_events SET payload = NULL"
            + " WHERE tenant_id = $1 AND customer_id = $2 AND payload IS NOT NULL")
        .execute(Tuple.of(tenantId, customerId))
        .mapEmpty();
  }
}
