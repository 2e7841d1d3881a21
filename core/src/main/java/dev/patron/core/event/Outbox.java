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
 * Records events in the same transaction as the change they describe: committed together or not
 * at all, so no acknowledged change lacks its event and no event outlives a rolled-back change.
 * Customer events and plugins' events alike pass through here, so this is also the one place that
 * wakes event delivery: {@code appended} runs once each appending transaction has committed.
 */
public final class Outbox {

  private final Runnable appended;

  /** @param appended called after a transaction that appended events commits (wakes delivery) */
  public Outbox(Runnable appended) {
    this.appended = appended;
  }

  public Future<UUID> append(SqlClient transaction, UUID tenantId, CustomerEventType type, UUID customerId,
      Instant occurredAt, JsonObject payload) {
    return append(transaction, tenantId, type.wireName(), customerId, occurredAt, payload);
  }

  /** Appends an event of {@code type} about {@code subjectId}; the caller checked the type. */
  public Future<UUID> append(SqlClient transaction, UUID tenantId, String type, UUID subjectId, Instant occurredAt,
      JsonObject payload) {
    UUID id = UUID.randomUUID();
    return transaction.preparedQuery("INSERT INTO patron.outbox_events (tenant_id, id, type, subject_id, occurred_at, payload)"
            + " VALUES ($1, $2, $3, $4, $5, $6)")
        .execute(Tuple.of(tenantId, id, type, subjectId, Rows.param(occurredAt), payload))
        .andThen(inserted -> {
          if (inserted.succeeded()) {
            AfterCommit.run(transaction, appended);
          }
        })
        .map(id);
  }

  /**
   * Erases the data in the earlier events about a subject (their payloads), for archive: the events
   * stay, so the sequence readers follow stays whole. Every event whose subject is the customer goes,
   * a plugin's included.
   */
  public Future<Void> redact(SqlClient transaction, UUID tenantId, UUID subjectId) {
    return transaction.preparedQuery("UPDATE patron.outbox_events SET payload = NULL"
            + " WHERE tenant_id = $1 AND subject_id = $2 AND payload IS NOT NULL")
        .execute(Tuple.of(tenantId, subjectId))
        .mapEmpty();
  }
}
