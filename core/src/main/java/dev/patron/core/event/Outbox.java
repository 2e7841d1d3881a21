package dev.patron.core.event;

import dev.patron.api.customer.CustomerEventType;
import dev.patron.api.event.Actor;
import dev.patron.kit.sql.Rows;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Records events in the same transaction as the change they describe: committed together or not
 * at all, so no acknowledged change lacks its event and no event outlives a rolled-back change.
 * Customer events and plugins' events alike pass through here, so this is also the one place that
 * wakes event delivery: {@code appended} runs once each appending transaction has committed.
 */
public final class Outbox {

  // unnest keeps the arrays' order, so the events take their positions in the order given.
  private static final String INSERT = "INSERT INTO patron.outbox_events"
      + " (tenant_id, id, type, subject_id, occurred_at, payload, actor)"
      + " SELECT tenant_id, id, type, subject_id, occurred_at, payload::json, actor"
      + " FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::uuid[], $5::timestamptz[], $6::text[], $7::text[])"
      + " AS e (tenant_id, id, type, subject_id, occurred_at, payload, actor)";

  private final Runnable appended;

  /** @param appended called after a transaction that appended events commits (wakes delivery) */
  public Outbox(Runnable appended) {
    this.appended = appended;
  }

  public Future<UUID> append(SqlClient transaction, UUID tenantId, CustomerEventType type, UUID customerId,
      Instant occurredAt, JsonObject payload, Actor actor) {
    NewEvent event = new NewEvent(tenantId, type.wireName(), customerId, occurredAt, payload, actor);
    return appendAll(transaction, List.of(event)).map(ids -> ids.get(0));
  }

  /** Appends events, of one tenant or several, in one statement; their ids in the same order. */
  public Future<List<UUID>> appendAll(SqlClient transaction, List<NewEvent> events) {
    int count = events.size();
    UUID[] tenants = new UUID[count];
    UUID[] ids = new UUID[count];
    String[] types = new String[count];
    UUID[] subjects = new UUID[count];
    OffsetDateTime[] occurred = new OffsetDateTime[count];
    String[] payloads = new String[count];
    String[] actors = new String[count];
    for (int i = 0; i < count; i++) {
      NewEvent event = events.get(i);
      tenants[i] = event.tenantId();
      ids[i] = UUID.randomUUID();
      types[i] = event.type();
      subjects[i] = event.subjectId();
      occurred[i] = Rows.param(event.occurredAt());
      payloads[i] = event.payload() == null ? null : event.payload().encode();
      actors[i] = event.actor().encode();
    }
    return transaction.preparedQuery(INSERT)
        .execute(Tuple.of(tenants, ids, types, subjects, occurred, payloads, actors))
        .andThen(inserted -> {
          if (inserted.succeeded()) {
            AfterCommit.run(transaction, appended);
          }
        })
        .map(inserted -> List.of(ids));
  }

  /** An event about to be recorded; {@code payload} may be {@code null}, {@code actor} may not. */
  public record NewEvent(UUID tenantId, String type, UUID subjectId, Instant occurredAt, JsonObject payload,
      Actor actor) {

    public NewEvent {
      Objects.requireNonNull(actor, "actor");
    }
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
