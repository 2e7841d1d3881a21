package dev.patron.core.event;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reads the outbox in position order, stopping before any transaction still in flight: an event
 * is visible only when its transaction id is below the oldest one running (the snapshot's xmin),
 * so an event committed late can never be skipped by a reader that already moved on.
 */
public final class EventFeed {

  static final String VISIBLE = "tx_id < pg_snapshot_xmin(pg_current_snapshot())::text::bigint";

  /** One tenant's events after {@code after}, at most {@code limit}. */
  public Future<List<StoredEvent>> read(SqlClient sql, UUID tenantId, EventPosition after, int limit) {
    return sql.preparedQuery("SELECT " + StoredEvent.COLUMNS + " FROM patron.outbox_events"
            + " WHERE tenant_id = $1 AND (tx_id, seq) > ($2, $3) AND " + VISIBLE
            + " ORDER BY tx_id, seq LIMIT $4")
        .execute(Tuple.of(tenantId, after.txId(), after.seq(), limit))
        .map(EventFeed::collect);
  }

  static List<StoredEvent> collect(Iterable<io.vertx.sqlclient.Row> rows) {
    List<StoredEvent> events = new ArrayList<>();
    rows.forEach(row -> events.add(StoredEvent.map(row)));
    return events;
  }
}
