package dev.patron.server.plugins.events;

import dev.patron.api.event.Actor;
import dev.patron.api.plugin.PluginEvents;
import dev.patron.api.tenant.Tenant;
import dev.patron.core.event.EventTypes;
import dev.patron.core.event.Outbox;
import dev.patron.kit.sql.Rows;
import dev.patron.server.http.auth.RequestActors;
import dev.patron.server.plugins.hooks.GuardedSqlClient;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One plugin's way into the outbox: only types it owns ({@code <pluginId>.<name>}), a subject, and
 * bounded data. A plugin passes the transaction handle it was given; the event goes into the
 * transaction behind it, so it commits with the plugin's write and wakes delivery once committed.
 * An event names the actor the plugin gave, else the request's being handled, else the plugin.
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
    return appendAll(transaction, tenant, List.of(new NewEvent(type, subjectId, data))).map(ids -> ids.get(0));
  }

  @Override
  public Future<List<UUID>> appendAll(SqlClient transaction, Tenant tenant, List<NewEvent> events) {
    if (transaction == null || tenant == null || events == null) {
      return refused("the transaction, tenant and events are all required");
    }
    Instant now = Rows.now(clock);
    // A hook's handle knows its write's actor; otherwise the request being handled, else the plugin itself.
    Actor requester = transaction instanceof GuardedSqlClient guarded && guarded.actor() != null ? guarded.actor()
        : RequestActors.currentOr(Actor.plugin(pluginId));
    List<Outbox.NewEvent> checked = new ArrayList<>(events.size());
    for (NewEvent event : events) {
      String refusal = event == null ? "an event is null" : refusal(event);
      if (refusal != null) {
        return refused(refusal);
      }
      checked.add(new Outbox.NewEvent(tenant.id(), event.type(), event.subjectId(), now, event.data(),
          event.actor() == null ? requester : event.actor()));
    }
    if (checked.isEmpty()) {
      return Future.succeededFuture(List.of());
    }
    SqlClient sql;
    try {
      sql = transaction instanceof GuardedSqlClient guarded ? guarded.target() : transaction;
    } catch (IllegalStateException e) {
      return Future.failedFuture(e);
    }
    return outbox.appendAll(sql, checked);
  }

  private <T> Future<T> refused(String refusal) {
    return Future.failedFuture(new IllegalArgumentException("plugin " + pluginId + " cannot append this event: "
        + refusal));
  }

  private String refusal(NewEvent event) {
    if (event.subjectId() == null || event.data() == null) {
      return "the subject id and data are both required (data may be an empty object)";
    }
    String typeRefusal = EventTypes.refusal(pluginId, event.type());
    if (typeRefusal != null) {
      return typeRefusal;
    }
    int size = event.data().toBuffer().length();
    if (size > MAX_DATA_BYTES) {
      return "its data is " + size + " bytes of JSON, more than " + MAX_DATA_BYTES;
    }
    return null;
  }
}
