package dev.patron.core.event;

import dev.patron.kit.sql.Rows;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Deletes events older than the retention period, but never one a plugin has not taken yet: past
 * the cursor of every listening plugin, and not waiting for a retry or an admin's decision.
 */
public final class OutboxRetention {

  private final Duration retention;

  public OutboxRetention(Duration retention) {
    this.retention = retention;
  }

  /** Deletes up to {@code batch} expired events; returns how many went. */
  public Future<Integer> purge(SqlClient sql, Set<String> listeningPlugins, Instant now, int batch) {
    // By key, not by ctid: a ctid names a row only within one shard of a distributed table.
    return sql.preparedQuery("DELETE FROM patron.outbox_events WHERE (tenant_id, id) IN ("
            + " SELECT o.tenant_id, o.id FROM patron.outbox_events o WHERE o.occurred_at < $1"
            + " AND NOT EXISTS (SELECT 1 FROM patron.plugin_cursors c"
            + "   WHERE c.plugin_id = ANY ($2) AND c.dispatch_partition = o.dispatch_partition"
            + "   AND (c.tx_id, c.seq) < (o.tx_id, o.seq))"
            + " AND NOT EXISTS (SELECT 1 FROM patron.plugin_deliveries d"
            + "   WHERE d.tenant_id = o.tenant_id AND d.event_id = o.id)"
            + " LIMIT $3)")
        .execute(Tuple.tuple().addOffsetDateTime(Rows.param(now.minus(retention)))
            .addArrayOfString(listeningPlugins.toArray(String[]::new)).addInteger(batch))
        .map(rows -> rows.rowCount());
  }
}
