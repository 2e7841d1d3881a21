#set( $schema = $pluginId.replace('-', '_') )
package ${package};

import dev.patron.api.event.Event;
import dev.patron.api.plugin.DeliveryContext;
import dev.patron.api.plugin.EventListener;
import io.vertx.core.Future;
import io.vertx.sqlclient.Tuple;
import java.util.Set;
import org.pf4j.Extension;

/**
 * Counts the restaurant's new customers from their {@code customer.created} events, delivered after
 * the customer's write committed. A delivery is one transaction with {@code context.sql()}: the
 * insert happens exactly once even when an event is delivered again.
 */
@Extension
public class CustomerListener implements EventListener {

  @Override
  public Set<String> types() {
    return Set.of("customer.created");
  }

  @Override
  public Future<Void> onEvent(Event event, DeliveryContext context) {
    if (event.data() == null) {
      return Future.succeededFuture();   // archived since: keep nothing about that customer
    }
    return context.sql()
        .preparedQuery("INSERT INTO ${schema}.customers_seen (tenant_id, customer_id) VALUES ($1, $2)"
            + " ON CONFLICT DO NOTHING")
        .execute(Tuple.of(event.tenantId(), event.subjectId()))
        .mapEmpty();
  }
}
