package dev.patron.server.http.routes;

import dev.patron.api.problem.Problems;
import dev.patron.kit.http.PageParams;
import dev.patron.kit.http.Responses;
import dev.patron.core.event.EventFeed;
import dev.patron.core.event.EventPosition;
import dev.patron.core.event.EventTypePattern;
import dev.patron.core.event.EventTypes;
import dev.patron.core.event.StoredEvent;
import dev.patron.core.tenant.TenantContext;
import dev.patron.server.http.Endpoints;
import dev.patron.server.http.auth.TenantAuthHandler;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.SqlClient;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /api/v1/events?after=<cursor>&type=<type or prefix.*>}: the tenant's events, customer
 * events and its enabled plugins' own, in order, from the outbox. {@code nextCursor} is always set:
 * poll again with it to get what happened since. A plugin's events are hidden while the tenant has
 * it disabled, as its routes and extension fields are.
 */
public final class EventRoutes {

  private final EventFeed feed = new EventFeed();
  private final SqlClient reader;

  public EventRoutes(SqlClient reader) {
    this.reader = reader;
  }

  public void register(Endpoints endpoints) {
    endpoints.get("/events", this::list);
  }

  private Future<?> list(RoutingContext rc) {
    TenantContext context = TenantAuthHandler.context(rc);
    String afterParam = rc.queryParams().get("after");
    EventPosition after = afterParam == null || afterParam.isEmpty()
        ? EventPosition.START
        : EventPosition.parse(afterParam, "after");
    EventTypePattern types = types(rc.queryParams().get("type"));
    int limit = PageParams.from(rc).limit();
    List<String> owners = new ArrayList<>(context.enabledPlugins().keySet());
    owners.add(EventTypes.CORE_OWNER);
    return feed.read(reader, context.tenant().id(), after, limit, types, owners).compose(events -> {
      String next = events.isEmpty() ? after.toString() : last(events).position().toString();
      return Responses.page(rc, events.stream().map(event -> event.toJson(context)).toList(), next);
    });
  }

  private static EventTypePattern types(String param) {
    if (param == null) {
      return EventTypePattern.ALL;
    }
    EventTypePattern pattern = EventTypePattern.parseOrNull(param);
    if (pattern == null) {
      throw Problems.invalidField("type", "must be an event type (customer.created), every type under a prefix"
          + " (invoicing.*) or *");
    }
    return pattern;
  }

  private static StoredEvent last(List<StoredEvent> events) {
    return events.get(events.size() - 1);
  }
}
