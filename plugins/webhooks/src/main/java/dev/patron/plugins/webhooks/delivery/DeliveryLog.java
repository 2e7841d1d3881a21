package dev.patron.plugins.webhooks.delivery;

import dev.patron.kit.page.Page;
import dev.patron.kit.page.PageRequest;
import dev.patron.kit.sql.Rows;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An endpoint's deliveries and their attempts, newest first, and replays of them. Every statement
 * names the tenant and the endpoint.
 */
public final class DeliveryLog {

  /** Most deliveries one range replay puts back in the queue. */
  public static final int MAX_REPLAY = 10_000;

  /** What a list asks for: a state, a creation range [from, to), a page. */
  public record Filter(String state, Instant from, Instant to) {
  }

  public Future<Page<Delivery>> list(SqlClient sql, UUID tenantId, UUID endpointId, Filter filter, PageRequest page) {
    StringBuilder query = new StringBuilder("SELECT " + Delivery.COLUMNS
        + " FROM webhooks.deliveries WHERE tenant_id = $1 AND endpoint_id = $2");
    Tuple params = Tuple.of(tenantId, endpointId);
    conditions(query, params, filter);
    if (page.after() != null) {
      query.append(" AND (created_at, id) < ($").append(params.size() + 1).append(", $").append(params.size() + 2)
          .append(')');
      params.addOffsetDateTime(page.afterTimestamp("createdAt")).addUUID(page.afterUuid("id"));
    }
    query.append(" ORDER BY created_at DESC, id DESC LIMIT ").append(page.limit() + 1);
    return sql.preparedQuery(query.toString()).execute(params).map(rows -> {
      List<Delivery> deliveries = new ArrayList<>();
      rows.forEach(row -> deliveries.add(Delivery.from(row, false)));
      return Page.of(deliveries, page.limit(), d -> new JsonObject()
          .put("createdAt", Rows.param(d.createdAt()).toString()).put("id", d.id().toString()));
    });
  }

  private static void conditions(StringBuilder query, Tuple params, Filter filter) {
    if (filter.state() != null) {
      query.append(" AND state = $").append(params.size() + 1);
      params.addString(filter.state());
    }
    if (filter.from() != null) {
      query.append(" AND created_at >= $").append(params.size() + 1);
      params.addOffsetDateTime(Rows.param(filter.from()));
    }
    if (filter.to() != null) {
      query.append(" AND created_at < $").append(params.size() + 1);
      params.addOffsetDateTime(Rows.param(filter.to()));
    }
  }

  /** One delivery with its payload and every attempt, or null. */
  public Future<JsonObject> find(SqlClient sql, UUID tenantId, UUID endpointId, UUID id) {
    return sql.preparedQuery("SELECT " + Delivery.COLUMNS + ", payload FROM webhooks.deliveries"
            + " WHERE tenant_id = $1 AND endpoint_id = $2 AND id = $3")
        .execute(Tuple.of(tenantId, endpointId, id))
        .compose(rows -> {
          if (rows.size() == 0) {
            return Future.succeededFuture(null);
          }
          JsonObject delivery = Delivery.from(rows.iterator().next(), true).toJson();
          return sql.preparedQuery("SELECT attempt, attempted_at, status, latency_ms, outcome, error, response_excerpt"
                  + " FROM webhooks.attempts WHERE tenant_id = $1 AND delivery_id = $2 ORDER BY attempt")
              .execute(Tuple.of(tenantId, id))
              .map(attempts -> {
                JsonArray list = new JsonArray();
                attempts.forEach(row -> list.add(AttemptRecord.toJson(row)));
                return delivery.put("attemptLog", list);
              });
        });
  }

  /**
   * Puts one finished delivery back in the queue, due now, with a fresh retry budget; same
   * webhook-id, so a receiver that already has it can tell. False when there is no such delivery;
   * a pending one is left as it is (true).
   */
  public Future<Boolean> replay(SqlClient sql, UUID tenantId, UUID endpointId, UUID id) {
    return sql.preparedQuery("UPDATE webhooks.deliveries SET " + REQUEUE
            + " WHERE tenant_id = $1 AND endpoint_id = $2 AND id = $3 AND state <> 'PENDING' RETURNING state")
        .execute(Tuple.of(tenantId, endpointId, id))
        .compose(rows -> rows.rowCount() == 1 ? Future.succeededFuture(true)
            : sql.preparedQuery("SELECT 1 FROM webhooks.deliveries WHERE tenant_id = $1 AND endpoint_id = $2 AND id = $3")
                .execute(Tuple.of(tenantId, endpointId, id)).map(found -> found.size() == 1));
  }

  /** How many finished deliveries a range replay would put back. */
  public Future<Long> countReplayable(SqlClient sql, UUID tenantId, UUID endpointId, Filter filter) {
    StringBuilder query = new StringBuilder("SELECT count(*) AS n FROM webhooks.deliveries"
        + " WHERE tenant_id = $1 AND endpoint_id = $2 AND state <> 'PENDING'");
    Tuple params = Tuple.of(tenantId, endpointId);
    conditions(query, params, filter);
    return sql.preparedQuery(query.toString()).execute(params).map(rows -> rows.iterator().next().getLong("n"));
  }

  /** Puts the finished deliveries of a range back in the queue; returns how many. */
  public Future<Integer> replayRange(SqlClient sql, UUID tenantId, UUID endpointId, Filter filter) {
    StringBuilder query = new StringBuilder("UPDATE webhooks.deliveries SET " + REQUEUE
        + " WHERE tenant_id = $1 AND endpoint_id = $2 AND state <> 'PENDING'");
    Tuple params = Tuple.of(tenantId, endpointId);
    conditions(query, params, filter);
    return sql.preparedQuery(query.toString()).execute(params).map(rows -> rows.rowCount());
  }

  private static final String REQUEUE = "state = 'PENDING', next_attempt_at = now(), leased_until = NULL,"
      + " finished_at = NULL, replayed_after = attempts";

  /** Erases the customer's data from every stored payload about them (archiving). */
  public Future<Integer> eraseSubject(SqlClient sql, UUID tenantId, UUID subjectId) {
    return sql.preparedQuery("UPDATE webhooks.deliveries"
            + " SET payload = jsonb_set(payload::jsonb, '{data}', 'null'::jsonb)::text"
            + " WHERE tenant_id = $1 AND subject_id = $2 AND payload::jsonb -> 'data' <> 'null'::jsonb")
        .execute(Tuple.of(tenantId, subjectId))
        .map(rows -> rows.rowCount());
  }

  public Future<Long> countWithData(SqlClient sql, UUID tenantId, UUID subjectId) {
    return sql.preparedQuery("SELECT count(*) AS n FROM webhooks.deliveries"
            + " WHERE tenant_id = $1 AND subject_id = $2 AND payload::jsonb -> 'data' <> 'null'::jsonb")
        .execute(Tuple.of(tenantId, subjectId))
        .map(rows -> rows.iterator().next().getLong("n"));
  }
}
