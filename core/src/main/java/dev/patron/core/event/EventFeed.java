package dev.patron.core.event;

import dev.patron.kit.sql.SqlParams;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Reads the outbox in position order, stopping before any transaction still in flight: an event
 * is visible only when its transaction id is below the oldest one running (the snapshot's xmin),
 * so an event committed late can never be skipped by a reader that already moved on.
 */
public final class EventFeed {

  static final String VISIBLE = "tx_id < pg_snapshot_xmin(pg_current_snapshot())::text::bigint";

  /**
   * One tenant's events after {@code after}, at most {@code limit}, of the types {@code types}
   * selects and recorded by one of {@code owners} (the core's {@code customer}, plugins' ids).
   */
  public Future<List<StoredEvent>> read(SqlClient sql, UUID tenantId, EventPosition after, int limit,
      EventTypePattern types, Collection<String> owners) {
    SqlParams params = new SqlParams();
    StringBuilder where = new StringBuilder("tenant_id = ").append(params.add(tenantId))
        .append(" AND (tx_id, seq) > (").append(params.add(after.txId())).append(", ").append(params.add(after.seq()))
        .append(") AND ").append(VISIBLE)
        // A type's owner is what precedes its first dot: the core or a plugin.
        .append(" AND split_part(type, '.', 1) = ANY(").append(params.add(owners.toArray(String[]::new))).append(')');
    if (types.exact()) {
      where.append(" AND type = ").append(params.add(types.text()));
    } else if (!types.prefix().isEmpty()) {
      where.append(" AND starts_with(type, ").append(params.add(types.prefix())).append(')');
    }
    return sql.preparedQuery("SELECT " + StoredEvent.COLUMNS + " FROM patron.outbox_events WHERE " + where
            + " ORDER BY tx_id, seq LIMIT " + params.add(limit))
        .execute(params.tuple())
        .map(EventFeed::collect);
  }

  static List<StoredEvent> collect(Iterable<io.vertx.sqlclient.Row> rows) {
    List<StoredEvent> events = new ArrayList<>();
    rows.forEach(row -> events.add(StoredEvent.map(row)));
    return events;
  }
}
