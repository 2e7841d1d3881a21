package dev.patron.server.plugins.events;

import dev.patron.core.event.EventPosition;
import dev.patron.core.event.PluginDeliveryRepository;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.time.Instant;

/**
 * A partition's cursor as one step of delivery found it, moved only from there (compare and set):
 * if another instance moved it meanwhile — both read the same events, the other delivered them
 * first — this step's move finds nothing to update, the step stops, and nothing is delivered twice.
 * Moving by "forward from wherever it is" would not do: an instance that read a longer batch would
 * deliver again the events the other had just delivered from a shorter one.
 */
final class StepCursor {

  private final PluginDeliveryRepository deliveries;
  private final String pluginId;
  private final int partition;
  private EventPosition at;
  private boolean lost;

  StepCursor(PluginDeliveryRepository deliveries, String pluginId, int partition, EventPosition at) {
    this.deliveries = deliveries;
    this.pluginId = pluginId;
    this.partition = partition;
    this.at = at;
  }

  /**
   * Moves the cursor from where this step has it to {@code to}, in {@code sql}'s transaction
   * (which then holds the row until it ends); {@code false}, for good, once another instance moved
   * it. Call {@link #committed} when that transaction has committed.
   */
  Future<Boolean> advance(SqlClient sql, EventPosition to, Instant now) {
    if (lost) {
      return Future.succeededFuture(false);
    }
    return deliveries.advance(sql, pluginId, partition, at, to, now).map(moved -> {
      lost = !moved;
      return moved;
    });
  }

  /** The move to {@code to} committed: the next one starts there. */
  void committed(EventPosition to) {
    at = to;
  }

  boolean lost() {
    return lost;
  }
}
