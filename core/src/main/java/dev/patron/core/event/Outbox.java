package dev.patron.core.event;

import dev.patron.api.customer.CustomerEventType;
import dev.patron.api.event.Actor;
import dev.patron.core.tenant.ByTenant;
import dev.patron.kit.sql.Rows;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Records events in the same transaction as the change they describe: committed together or not
 * at all, so no acknowledged change lacks its event and no event outlives a rolled-back change.
 * Customer events and plugins' events alike pass through here, so this is also the one place that
 * wakes event delivery: {@code appended} runs once each appending transaction has committed.
 */
public final class Outbox {

  // unnest keeps the arrays' order, so the events take their positions in the order given. The
  // tenant is one parameter, not a value per row: on a distributed database the statement goes to
  // that tenant's node alone.
  private static final String INSERT = "INSERT INTO patron.outbox_events"
      + " (tenant_id, id, type, subject_id, occurred_at, payload, actor)"
      + " SELECT $1, id, type, subject_id, occurred_at, payload::json, actor"
      + " FROM unnest($2::uuid[], $3::text[], $4::uuid[], $5::timestamptz[], $6::text[], $7::text[])"
      + " AS e (id, type, subject_id, occurred_at, payload, actor)";

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

  /**
   * Appends events, of one tenant or several, in one statement per tenant; their ids in the same
   * order. Each tenant's events keep their order; between tenants there is none to keep.
   */
  public Future<List<UUID>> appendAll(SqlClient transaction, List<NewEvent> events) {
    UUID[] ids = new UUID[events.size()];
    List<Integer> indexes = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      ids[i] = UUID.randomUUID();
      indexes.add(i);
    }
    Future<Void> chain = Future.succeededFuture();
    for (Map.Entry<UUID, List<Integer>> tenant : ByTenant.group(indexes, i -> events.get(i).tenantId()).entrySet()) {
      chain = chain.compose(v -> insert(transaction, tenant.getKey(), tenant.getValue(), events, ids));
    }
    return chain
        .andThen(inserted -> {
          if (inserted.succeeded()) {
            AfterCommit.run(transaction, appended);
          }
        })
        .map(inserted -> List.of(ids));
  }

  private static Future<Void> insert(SqlClient transaction, UUID tenantId, List<Integer> indexes, List<NewEvent> events,
      UUID[] ids) {
    int count = indexes.size();
    UUID[] eventIds = new UUID[count];
    String[] types = new String[count];
    UUID[] subjects = new UUID[count];
    OffsetDateTime[] occurred = new OffsetDateTime[count];
    String[] payloads = new String[count];
    String[] actors = new String[count];
    for (int i = 0; i < count; i++) {
      NewEvent event = events.get(indexes.get(i));
      eventIds[i] = ids[indexes.get(i)];
      types[i] = event.type();
      subjects[i] = event.subjectId();
      occurred[i] = Rows.param(event.occurredAt());
      payloads[i] = event.payload() == null ? null : event.payload().encode();
      actors[i] = event.actor().encode();
    }
    return transaction.preparedQuery(INSERT)
        .execute(Tuple.tuple().addUUID(tenantId).addArrayOfUUID(eventIds).addArrayOfString(types)
            .addArrayOfUUID(subjects).addArrayOfOffsetDateTime(occurred).addArrayOfString(payloads)
            .addArrayOfString(actors))
        .mapEmpty();
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
