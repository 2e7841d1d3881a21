package dev.patron.api.plugin;

import dev.patron.api.event.Event;
import io.vertx.core.Future;
import java.util.Set;
import org.pf4j.ExtensionPoint;

/**
 * Receives events after they committed, from the transactional outbox, for tenants that enable the
 * plugin: the core's customer events and other plugins' events alike, of the types it asks for.
 *
 * <p><b>Types:</b> {@link #types()} is read once, when the plugin starts. Each entry is an exact
 * type ({@code customer.created}, {@code invoicing.invoice.paid}), every type under a prefix
 * ({@code customer.*}, {@code invoicing.*}) or every type ({@code *}). An entry that is none of
 * these, or an empty set, keeps the plugin from starting. A listener is called only for events of
 * its types; events of no listener's type pass the plugin by.
 *
 * <p><b>Guarantees:</b> every event is delivered at least once, in order per subject ({@link
 * Event#subjectId()}). A delivery runs in a transaction that also records it as done, so database
 * work done through {@link DeliveryContext#sql()} happens exactly once; other effects must be
 * idempotent, keyed by {@link Event#id()}. A failed or timed-out delivery is retried with
 * exponential backoff; after the host's maximum attempts it is dead-lettered, visible and retryable
 * by an admin. Later events of the same subject wait behind a retrying one; other subjects and other
 * plugins do not. A plugin with several listeners gets each event once, in one delivery: its
 * listeners of that type run one after another, and fail or succeed together.
 *
 * <p>Called on an event loop: never block it.
 */
public interface EventListener extends ExtensionPoint {

  /** The event types to receive: exact types, {@code <prefix>.*} patterns or {@code *}. */
  Set<String> types();

  Future<Void> onEvent(Event event, DeliveryContext context);
}
