package dev.patron.plugins.webhooks;

import dev.patron.plugins.webhooks.send.EndpointKey;
import dev.patron.plugins.webhooks.send.Sender;
import java.util.Collection;
import java.util.List;

/**
 * The sender this plugin started, for the parts that wake it (the listener after queueing, the
 * replay routes). PF4J makes each extension apart; they meet here, in the plugin's class loader.
 */
final class RunningSender {

  private static volatile Sender sender;

  private RunningSender() {
  }

  static void set(Sender started) {
    sender = started;
  }

  /** These endpoints may have deliveries to send now. */
  static void wake(Collection<EndpointKey> endpoints) {
    Sender current = sender;
    if (current != null && !endpoints.isEmpty()) {
      current.wake(endpoints);
    }
  }

  static void wake(EndpointKey endpoint) {
    wake(List.of(endpoint));
  }
}
