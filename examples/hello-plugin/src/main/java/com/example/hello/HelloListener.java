package com.example.hello;

import dev.patron.api.customer.CustomerEvent;
import dev.patron.api.customer.CustomerEventType;
import dev.patron.api.plugin.CustomerEventListener;
import dev.patron.api.plugin.DeliveryContext;
import io.vertx.core.Future;
import io.vertx.sqlclient.Tuple;
import org.pf4j.Extension;

/** Greets every new customer; forgets archived ones. Idempotent per customer. */
@Extension
public class HelloListener implements CustomerEventListener {

  @Override
  public Future<Void> onEvent(CustomerEvent event, DeliveryContext context) {
    if (event.type() == CustomerEventType.CREATED && event.customer() != null) {
      return context.sql().preparedQuery("INSERT INTO hello.greetings (tenant_id, customer_id, first_name)"
              + " VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
          .execute(Tuple.of(event.tenantId(), event.customerId(), event.customer().firstName()))
          .mapEmpty();
    }
    if (event.type() == CustomerEventType.ARCHIVED) {
      return context.sql().preparedQuery("DELETE FROM hello.greetings WHERE tenant_id = $1 AND customer_id = $2")
          .execute(Tuple.of(event.tenantId(), event.customerId()))
          .mapEmpty();
    }
    return Future.succeededFuture();
  }
}
