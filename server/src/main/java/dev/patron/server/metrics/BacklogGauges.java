package dev.patron.server.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What is waiting, as gauges refreshed by a query every few seconds (a scrape reads the last
 * figures and costs nothing): per listening plugin, the outbox events after its cursor, the events
 * parked for a retry and the dead letters; the customer imports by state. One series per plugin
 * and per state: bounded, whatever the number of tenants.
 */
public final class BacklogGauges {

  private static final String PLUGINS = """
      SELECT c.plugin_id,
        sum((SELECT count(*) FROM patron.outbox_events o
             WHERE o.dispatch_partition = c.dispatch_partition AND (o.tx_id, o.seq) > (c.tx_id, c.seq)))::bigint AS behind,
        (SELECT count(*) FROM patron.plugin_deliveries d WHERE d.plugin_id = c.plugin_id AND d.state = 'PENDING') AS parked,
        (SELECT count(*) FROM patron.plugin_deliveries d WHERE d.plugin_id = c.plugin_id AND d.state = 'DEAD') AS dead
      FROM patron.plugin_cursors c GROUP BY c.plugin_id""";
  // The planner's estimate: a count(*) of a large outbox every 5 s would cost more than it tells.
  private static final String OUTBOX = "SELECT greatest(reltuples, 0)::bigint AS n FROM pg_class"
      + " WHERE oid = 'patron.outbox_events'::regclass";
  private static final String IMPORTS = "SELECT state, count(*) AS n FROM patron.customer_import_jobs GROUP BY state";
  private static final String IMPORT_ROWS = "SELECT coalesce(sum(rows_read), 0)::bigint AS done,"
      + " coalesce(sum(rows_total), 0)::bigint AS total FROM patron.customer_import_jobs WHERE state = 'RUNNING'";
  private static final String[] IMPORT_STATES = {"QUEUED", "RUNNING", "SUCCEEDED", "FAILED", "CANCELLED"};

  private final MeterRegistry registry;
  private final Map<String, AtomicLong> values = new ConcurrentHashMap<>();

  public BacklogGauges(MeterRegistry registry) {
    this.registry = registry;
    for (String state : IMPORT_STATES) {
      gauge("patron.imports", "Customer import jobs by state", "state", state);
    }
  }

  /** Runs the queries and updates the gauges (cross-tenant: figures for the host, not a tenant). */
  public Future<Void> refresh(SqlClient sql) {
    return sql.query(PLUGINS).execute()
        .map(rows -> {
          for (Row row : rows) {
            String plugin = row.getString("plugin_id");
            gauge("patron.events.behind", "Outbox events after the plugin's cursor", "plugin", plugin)
                .set(row.getLong("behind"));
            gauge("patron.events.parked", "Events waiting for a retry", "plugin", plugin).set(row.getLong("parked"));
            gauge("patron.events.dead.letters", "Events given up on, until an admin retries them", "plugin", plugin)
                .set(row.getLong("dead"));
          }
          return null;
        })
        .compose(v -> sql.query(OUTBOX).execute())
        .map(rows -> {
          gauge("patron.outbox.events", "Events kept in the outbox (the planner's estimate)", "table", "outbox_events")
              .set(rows.iterator().next().getLong("n"));
          return null;
        })
        .compose(v -> sql.query(IMPORTS).execute())
        .map(rows -> {
          for (String state : IMPORT_STATES) {
            gauge("patron.imports", "Customer import jobs by state", "state", state).set(0);
          }
          for (Row row : rows) {
            gauge("patron.imports", "Customer import jobs by state", "state", row.getString("state")).set(row.getLong("n"));
          }
          return null;
        })
        .compose(v -> sql.query(IMPORT_ROWS).execute())
        .map(rows -> {
          Row row = rows.iterator().next();
          String description = "Rows of the running customer imports: read so far, and in all";
          gauge("patron.import.rows", description, "of", "read").set(row.getLong("done"));
          gauge("patron.import.rows", description, "of", "total").set(row.getLong("total"));
          return null;
        });
  }

  private AtomicLong gauge(String name, String description, String tag, String value) {
    return values.computeIfAbsent(name + "|" + value, key -> {
      AtomicLong holder = new AtomicLong();
      Gauge.builder(name, holder, AtomicLong::get).description(description).tag(tag, value).register(registry);
      return holder;
    });
  }
}
