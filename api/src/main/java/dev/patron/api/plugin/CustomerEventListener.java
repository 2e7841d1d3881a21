package dev.patron.api.plugin;

import dev.patron.api.customer.CustomerEvent;
import io.vertx.core.Future;
import org.pf4j.ExtensionPoint;

/**
 * Receives {@code customer.created}, {@code customer.updated} and {@code customer.archived} after
 * they committed, from the transactional outbox, for tenants that enable the plugin.
 *
 * <p><b>Guarantees:</b> every event is delivered at least once, in order per customer. A
 * delivery runs in a transaction that also records it as done, so database work done through
 * {@link DeliveryContext#sql()} happens exactly once; other effects must be idempotent, keyed by
 * {@link dev.patron.api.customer.CustomerEvent#id()}. A failed or timed-out delivery is retried with
 * exponential backoff; after the host's maximum attempts it is dead-lettered, visible and retryable
 * by an admin. Later events of the same customer wait behind a retrying one; other customers and
 * other plugins do not.
 *
 * <p>Called on an event loop: never block it.
 */
public interface CustomerEventListener extends ExtensionPoint {

  Future<Void> onEvent(CustomerEvent event, DeliveryContext context);
}
