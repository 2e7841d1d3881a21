package com.example.hello;

import dev.patron.api.customer.CustomerEventType;
import dev.patron.api.event.Event;
import dev.patron.api.plugin.DeliveryContext;
import dev.patron.api.plugin.EventListener;
import io.vertx.core.Future;
import io.vertx.sqlclient.Tuple;
import java.util.Set;
import org.pf4j.Extension;

/** Greets every new customer; forgets archived ones. Idempotent per customer. */
@Extension
public class HelloListener implements EventListener {

  @Override
  public Set<String> types() {
    return Set.of(CustomerEventType.CREATED.wireName(), CustomerEventType.ARCHIVED.wireName());
  }

  @Override
  public Future<Void> onEvent(Event event, DeliveryContext context) {
    if (event.type().equals(CustomerEventType.CREATED.wireName()) && event.data() != null) {
      return context.sql().preparedQuery("INSERT INTO hello.greetings (tenant_id, customer_id, first_name)"
              + " VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
          .execute(Tuple.of(event.tenantId(), event.subjectId(), event.data().getString("firstName")))
          .mapEmpty();
    }
    // customer.archived: the only other type asked for.
    return context.sql().preparedQuery("DELETE FROM hello.greetings WHERE tenant_id = $1 AND customer_id = $2")
        .execute(Tuple.of(event.tenantId(), event.subjectId()))
        .mapEmpty();
  }
}
