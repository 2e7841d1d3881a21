package dev.patron.plugins.webhooks;

import dev.patron.api.event.Event;
import dev.patron.api.plugin.DeliveryContext;
import dev.patron.api.plugin.EventListener;
import dev.patron.plugins.webhooks.delivery.DeliveryQueue;
import io.vertx.core.Future;
import java.util.Set;
import org.pf4j.Extension;

/**
 * Takes every event of a restaurant that enabled webhooks and queues one delivery per endpoint that
 * asked for its type, in the host's delivery transaction: queued exactly once. The sending happens
 * apart, so a slow receiver never holds up the host's delivery of events to this or any plugin.
 */
@Extension
public class WebhookListener implements EventListener {

  private final DeliveryQueue queue = new DeliveryQueue();

  @Override
  public Set<String> types() {
    return Set.of("*");
  }

  @Override
  public Future<Void> onEvent(Event event, DeliveryContext context) {
    return queue.enqueue(context.sql(), event).map(endpoints -> {
      if (!endpoints.isEmpty()) {
        context.afterCommit(() -> RunningSender.wake(endpoints));
      }
      return null;
    });
  }
}
