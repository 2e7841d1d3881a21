package dev.patron.core.event;

import dev.patron.kit.page.PageRequest;
import dev.patron.kit.page.Page;
import dev.patron.kit.sql.Rows;
import dev.patron.kit.sql.SqlParams;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * SQL of event delivery to plugins: each plugin's cursor in the outbox, and the events it has not
 * taken yet (retrying, waiting behind an earlier event about the same subject, or dead).
 */
public final class PluginDeliveryRepository {

  /** What an event is about (a customer, a gift card ...), in a tenant. */
  public record SubjectKey(UUID tenantId, UUID subjectId) {
  }

  private static final String DELIVERY_COLUMNS = "d.plugin_id, d.state, d.attempts, d.next_attempt_at, d.last_error,"
      + " d.updated_at, e.tx_id, e.seq, e.id, e.tenant_id, e.type, e.subject_id, e.occurred_at, e.payload, e.actor";

  /**
   * The plugin's cursor in one partition ({@link DispatchPartitions}); a plugin seen for the first
   * time starts at the end of the outbox: it receives what happens from its installation on.
   */
  public Future<EventPosition> cursor(SqlClient sql, String pluginId, int partition, Instant now) {
    return sql.preparedQuery("SELECT tx_id, seq FROM patron.plugin_cursors WHERE plugin_id = $1 AND dispatch_partition = $2")
        .execute(Tuple.of(pluginId, partition))
        .compose(rows -> rows.size() > 0 ? Future.succeededFuture(rows) : startCursor(sql, pluginId, partition, now))
        .map(rows -> {
          Row row = rows.iterator().next();
          return new EventPosition(row.getLong("tx_id"), row.getLong("seq"));
        });
  }

  /** Starts all the plugin's partitions at once, at the end of the outbox, so none skips what another sees. */
  private Future<RowSet<Row>> startCursor(SqlClient sql, String pluginId, int partition, Instant now) {
    return sql.preparedQuery("INSERT INTO patron.plugin_cursors (plugin_id, dispatch_partition, tx_id, seq, updated_at)"
            + " SELECT $1, p, t.tx_id, t.seq, $2 FROM generate_series(0, $3) p,"
            + "  (SELECT COALESCE(max(tx_id), 0) AS tx_id, COALESCE(max(seq), 0) AS seq FROM ("
            + "     SELECT tx_id, seq FROM patron.outbox_events WHERE " + EventFeed.VISIBLE
            + "     ORDER BY tx_id DESC, seq DESC LIMIT 1) tail) t"
            + " ON CONFLICT (plugin_id, dispatch_partition) DO NOTHING")
        .execute(Tuple.of(pluginId, Rows.param(now), DispatchPartitions.COUNT - 1))
        .compose(v -> sql.preparedQuery("SELECT tx_id, seq FROM patron.plugin_cursors"
                + " WHERE plugin_id = $1 AND dispatch_partition = $2")
            .execute(Tuple.of(pluginId, partition)));
  }

  /**
   * Moves the cursor from {@code from} to {@code to}; {@code false} when it is no longer at {@code
   * from} (another instance moved it). In a transaction this locks the cursor until the end, so
   * deliveries of one partition never overlap, even across server instances: run it first, and
   * deliver only when it returns {@code true}.
   */
  public Future<Boolean> advance(SqlClient sql, String pluginId, int partition, EventPosition from, EventPosition to,
      Instant now) {
    if (from.equals(to)) {
      return Future.succeededFuture(true);
    }
    return sql.preparedQuery("UPDATE patron.plugin_cursors SET tx_id = $5, seq = $6, updated_at = $7"
            + " WHERE plugin_id = $1 AND dispatch_partition = $2 AND tx_id = $3 AND seq = $4")
        .execute(Tuple.from(new Object[] {pluginId, partition, from.txId(), from.seq(), to.txId(), to.seq(),
            Rows.param(now)}))
        .map(rows -> rows.rowCount() == 1);
  }

  /**
   * Events of the partition's tenants after {@code after}, in order, stopping before any
   * transaction in flight.
   */
  public Future<List<StoredEvent>> after(SqlClient sql, int partition, EventPosition after, int limit) {
    return sql.preparedQuery("SELECT " + StoredEvent.COLUMNS + " FROM patron.outbox_events"
            + " WHERE dispatch_partition = $1 AND (tx_id, seq) > ($2, $3) AND " + EventFeed.VISIBLE
            + " ORDER BY tx_id, seq LIMIT $4")
        .execute(Tuple.of(partition, after.txId(), after.seq(), limit))
        .map(EventFeed::collect);
  }

  /** Which of these tenants have the plugin enabled. */
  public Future<Set<UUID>> enabledTenants(SqlClient sql, String pluginId, Set<UUID> tenantIds) {
    return sql.preparedQuery("SELECT tenant_id FROM patron.tenant_plugins"
            + " WHERE plugin_id = $1 AND enabled AND tenant_id = ANY($2)")
        // Tuple.of(x, array) would spread the array as varargs: add it as one value.
        .execute(Tuple.tuple().addString(pluginId).addArrayOfUUID(tenantIds.toArray(UUID[]::new)))
        .map(rows -> {
          Set<UUID> enabled = new HashSet<>();
          rows.forEach(row -> enabled.add(row.getUUID("tenant_id")));
          return enabled;
        });
  }

  /** Which of these events' subjects have an event waiting for the plugin (later ones must queue behind it). */
  public Future<Set<SubjectKey>> waitingSubjects(SqlClient sql, String pluginId, List<StoredEvent> events) {
    UUID[] subjects = events.stream().map(StoredEvent::subjectId).distinct().toArray(UUID[]::new);
    return sql.preparedQuery("SELECT DISTINCT tenant_id, subject_id FROM patron.plugin_deliveries"
            + " WHERE plugin_id = $1 AND state = 'PENDING' AND subject_id = ANY($2)")
        .execute(Tuple.tuple().addString(pluginId).addArrayOfUUID(subjects))
        .map(rows -> {
          Set<SubjectKey> waiting = new HashSet<>();
          rows.forEach(row -> waiting.add(new SubjectKey(row.getUUID("tenant_id"), row.getUUID("subject_id"))));
          return waiting;
        });
  }

  /** Records an event the plugin has not taken: to be tried at {@code nextAttemptAt}, or dead. */
  public Future<Void> park(SqlClient sql, String pluginId, StoredEvent event, boolean dead, int attempts,
      Instant nextAttemptAt, String error, Instant now) {
    return sql.preparedQuery("INSERT INTO patron.plugin_deliveries (tenant_id, plugin_id, event_id, subject_id, tx_id,"
            + " seq, state, attempts, next_attempt_at, last_error, created_at, updated_at)"
            + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) ON CONFLICT DO NOTHING")
        .execute(Tuple.from(new Object[] {event.tenantId(), pluginId, event.id(), event.subjectId(),
            event.position().txId(), event.position().seq(), dead ? PluginDelivery.DEAD : PluginDelivery.PENDING,
            attempts, Rows.param(nextAttemptAt), error, Rows.param(now)}))
        .mapEmpty();
  }

  /**
   * Waiting events that are due, oldest first, each the earliest waiting one of its subject (so
   * a subject's events are delivered in order).
   */
  public Future<List<PluginDelivery>> due(SqlClient sql, String pluginId, int partition, Instant now, int limit) {
    return sql.preparedQuery("SELECT " + DELIVERY_COLUMNS + " FROM patron.plugin_deliveries d"
            + " JOIN patron.outbox_events e ON e.tenant_id = d.tenant_id AND e.id = d.event_id"
            + " WHERE d.plugin_id = $1 AND d.state = 'PENDING' AND d.next_attempt_at <= $2"
            + " AND e.dispatch_partition = $4"
            + " AND NOT EXISTS (SELECT 1 FROM patron.plugin_deliveries x WHERE x.plugin_id = d.plugin_id"
            + "   AND x.tenant_id = d.tenant_id AND x.subject_id = d.subject_id AND x.state = 'PENDING'"
            + "   AND (x.tx_id, x.seq) < (d.tx_id, d.seq))"
            + " ORDER BY d.tx_id, d.seq LIMIT $3")
        .execute(Tuple.of(pluginId, Rows.param(now), limit, partition))
        .map(PluginDeliveryRepository::deliveries);
  }

  /**
   * Removes a waiting delivery; {@code false} when it is gone already (delivered elsewhere). In a
   * transaction it stays locked until the end: run it first, and deliver only when it returns
   * {@code true}; a rollback puts it back.
   */
  public Future<Boolean> take(SqlClient sql, PluginDelivery delivery) {
    return sql.preparedQuery("DELETE FROM patron.plugin_deliveries"
            + " WHERE tenant_id = $1 AND plugin_id = $2 AND event_id = $3 AND state = 'PENDING'")
        .execute(Tuple.of(delivery.event().tenantId(), delivery.pluginId(), delivery.event().id()))
        .map(rows -> rows.rowCount() == 1);
  }

  /** Records a failed attempt: another try at {@code nextAttemptAt}, or dead. */
  public Future<Void> failed(SqlClient sql, PluginDelivery delivery, int attempts, boolean dead, Instant nextAttemptAt,
      String error, Instant now) {
    return sql.preparedQuery("UPDATE patron.plugin_deliveries SET state = $4, attempts = $5, next_attempt_at = $6,"
            + " last_error = $7, updated_at = $8 WHERE tenant_id = $1 AND plugin_id = $2 AND event_id = $3")
        .execute(Tuple.from(new Object[] {delivery.event().tenantId(), delivery.pluginId(), delivery.event().id(),
            dead ? PluginDelivery.DEAD : PluginDelivery.PENDING, attempts, Rows.param(nextAttemptAt), error,
            Rows.param(now)}))
        .mapEmpty();
  }

  /** Dead deliveries of a plugin, newest first, optionally of one tenant. */
  public Future<Page<PluginDelivery>> dead(SqlClient sql, String pluginId, UUID tenantId, PageRequest page) {
    SqlParams params = new SqlParams();
    StringBuilder where = new StringBuilder("d.plugin_id = ").append(params.add(pluginId)).append(" AND d.state = 'DEAD'");
    if (tenantId != null) {
      where.append(" AND d.tenant_id = ").append(params.add(tenantId));
    }
    if (page.after() != null) {
      where.append(" AND (d.updated_at, d.event_id) < (")
          .append(params.add(page.afterTimestamp("updatedAt"))).append(", ")
          .append(params.add(page.afterUuid("eventId"))).append(')');
    }
    String statement = "SELECT " + DELIVERY_COLUMNS + " FROM patron.plugin_deliveries d"
        + " JOIN patron.outbox_events e ON e.tenant_id = d.tenant_id AND e.id = d.event_id"
        + " WHERE " + where + " ORDER BY d.updated_at DESC, d.event_id DESC LIMIT " + params.add(page.limit() + 1);
    return sql.preparedQuery(statement).execute(params.tuple())
        .map(rows -> Page.of(deliveries(rows), page.limit(), d -> new JsonObject()
            .put("updatedAt", Rows.param(d.updatedAt()).toString())
            .put("eventId", d.event().id().toString())));
  }

  /** Puts dead deliveries back in line, with fresh attempts; returns how many. */
  public Future<Integer> retryDead(SqlClient sql, String pluginId, UUID eventId, UUID tenantId, Instant now) {
    SqlParams params = new SqlParams();
    String stamp = params.add(Rows.param(now));
    StringBuilder where = new StringBuilder("plugin_id = ").append(params.add(pluginId)).append(" AND state = 'DEAD'");
    if (eventId != null) {
      where.append(" AND event_id = ").append(params.add(eventId));
    }
    if (tenantId != null) {
      where.append(" AND tenant_id = ").append(params.add(tenantId));
    }
    return sql.preparedQuery("UPDATE patron.plugin_deliveries SET state = 'PENDING', attempts = 0,"
            + " next_attempt_at = " + stamp + ", updated_at = " + stamp + " WHERE " + where)
        .execute(params.tuple())
        .map(rows -> rows.rowCount());
  }

  private static List<PluginDelivery> deliveries(Iterable<Row> rows) {
    List<PluginDelivery> deliveries = new ArrayList<>();
    for (Row row : rows) {
      deliveries.add(new PluginDelivery(StoredEvent.map(row), row.getString("plugin_id"), row.getString("state"),
          row.getInteger("attempts"), Rows.instant(row, "next_attempt_at"), row.getString("last_error"),
          Rows.instant(row, "updated_at")));
    }
    return deliveries;
  }
}
