package dev.patron.plugins.webhooks.delivery;

import dev.patron.api.event.Event;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import dev.patron.plugins.webhooks.send.EndpointKey;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;

/**
 * Queues an event for each of the restaurant's enabled endpoints that asked for its type, in the
 * transaction that takes the event from the outbox: queued exactly once (that transaction commits
 * once per event), or not at all. The type
 * match is {@link dev.patron.plugins.webhooks.endpoint.EventTypeFilter#matches}, in SQL.
 */
public final class DeliveryQueue {

  private static final String ENQUEUE = "INSERT INTO webhooks.deliveries (tenant_id, id, endpoint_id, event_id,"
      + " event_type, subject_id, payload, state, next_attempt_at, created_at)"
      + " SELECT e.tenant_id, gen_random_uuid(), e.id, $2, $3, $4, $5, 'PENDING', greatest(now(), e.retry_at), now()"
      + " FROM webhooks.endpoints e"
      + " WHERE e.tenant_id = $1 AND e.enabled AND EXISTS (SELECT 1 FROM unnest(e.event_types) AS t(entry)"
      + "   WHERE t.entry = '*' OR t.entry = $3 OR (right(t.entry, 2) = '.*' AND starts_with($3, left(t.entry, -1))))"
      + " RETURNING tenant_id, endpoint_id";

  /** The endpoints the event was queued for. */
  public Future<List<EndpointKey>> enqueue(SqlClient sql, Event event) {
    JsonObject payload = Payloads.of(event);
    return sql.preparedQuery(ENQUEUE)
        .execute(Tuple.tuple().addUUID(event.tenantId()).addUUID(event.id()).addString(event.type())
            .addUUID(event.subjectId()).addString(payload.encode()))
        .map(rows -> {
          List<EndpointKey> endpoints = new ArrayList<>(rows.size());
          rows.forEach(row -> endpoints.add(new EndpointKey(row.getUUID("tenant_id"), row.getUUID("endpoint_id"))));
          return endpoints;
        });
  }
}
