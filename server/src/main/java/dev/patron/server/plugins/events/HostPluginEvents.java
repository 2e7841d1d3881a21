package dev.patron.server.plugins.events;

import dev.patron.api.plugin.PluginEvents;
import dev.patron.api.tenant.Tenant;
import dev.patron.core.event.EventTypes;
import dev.patron.core.event.Outbox;
import dev.patron.kit.sql.Rows;
import dev.patron.server.plugins.hooks.GuardedSqlClient;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.time.Clock;
import java.util.UUID;

/**
 * One plugin's way into the outbox: only types it owns ({@code <pluginId>.<name>}), a subject, and
 * bounded data. A plugin passes the transaction handle it was given; the event goes into the
 * transaction behind it, so it commits with the plugin's write and wakes delivery once committed.
 */
public final class HostPluginEvents implements PluginEvents {

  private final String pluginId;
  private final Outbox outbox;
  private final Clock clock;

  public HostPluginEvents(String pluginId, Outbox outbox, Clock clock) {
    this.pluginId = pluginId;
    this.outbox = outbox;
    this.clock = clock;
  }

  @Override
  public Future<UUID> append(SqlClient transaction, Tenant tenant, String type, UUID subjectId, JsonObject data) {
    String refusal = refusal(transaction, tenant, type, subjectId, data);
    if (refusal != null) {
      return Future.failedFuture(new IllegalArgumentException("plugin " + pluginId + " cannot append this event: "
          + refusal));
    }
    SqlClient sql;
    try {
      sql = transaction instanceof GuardedSqlClient guarded ? guarded.target() : transaction;
    } catch (IllegalStateException e) {
      return Future.failedFuture(e);
    }
    return outbox.append(sql, tenant.id(), type, subjectId, Rows.now(clock), data);
  }

  private String refusal(SqlClient transaction, Tenant tenant, String type, UUID subjectId, JsonObject data) {
    if (transaction == null || tenant == null || subjectId == null || data == null) {
      return "the transaction, tenant, subject id and data are all required (data may be an empty object)";
    }
    String typeRefusal = EventTypes.refusal(pluginId, type);
    if (typeRefusal != null) {
      return typeRefusal;
    }
    int size = data.toBuffer().length();
    if (size > MAX_DATA_BYTES) {
      return "its data is " + size + " bytes of JSON, more than " + MAX_DATA_BYTES;
    }
    return null;
  }
}
