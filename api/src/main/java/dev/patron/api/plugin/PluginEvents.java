package dev.patron.api.plugin;

import dev.patron.api.event.Actor;
import dev.patron.api.tenant.Tenant;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Records this plugin's own events in the outbox, beside the customer events, for other plugins'
 * {@link EventListener}s and for {@code GET /api/v1/events}. They are delivered with the same
 * guarantees as customer events, once the transaction commits.
 *
 * <p><b>Types</b> are this plugin's id, a dot, then one or more lower-case words separated by dots,
 * each a letter followed by letters, digits or {@code -}: {@code gift-cards.activity.recorded}, at
 * most {@value #MAX_TYPE_LENGTH} characters. Any other type — another plugin's included — is refused.
 * Document each type and its {@code data} in the plugin's guide and OpenAPI fragment.
 *
 * <p><b>Actor:</b> each event records who made the change: the staff user or API key of the request
 * being handled (the host follows it through the request's asynchronous steps), else this plugin.
 *
 * <p><b>Personal data:</b> archiving a customer erases the data of the events whose subject is that
 * customer, and only those. An event about anything else (a card, an invoice) may name a customer by
 * id, but must not carry their personal data (name, contact details, address, tax id, notes): it
 * would outlive the customer.
 */
public interface PluginEvents {

  /** Largest {@code data}, encoded as JSON (UTF-8). */
  int MAX_DATA_BYTES = 16 * 1024;
  /** Longest type. */
  int MAX_TYPE_LENGTH = 100;

  /**
   * Appends an event inside {@code transaction}: it commits with the write it describes, or not at
   * all. Pass the write's transaction (from {@code pool().withTransaction}, {@code idempotency()},
   * a hook or a delivery); a client outside a transaction records the event on its own. Listeners
   * are woken as soon as it commits.
   *
   * @param subjectId what the event is about (a card's, an invoice's id ...); events of one subject
   *     are delivered in order
   * @param data the payload, at most {@value #MAX_DATA_BYTES} bytes as JSON
   * @return the event's id; fails with an {@link IllegalArgumentException} when the type, subject or
   *     data is not allowed
   */
  Future<UUID> append(SqlClient transaction, Tenant tenant, String type, UUID subjectId, JsonObject data);

  /**
   * An event for {@link #appendAll}: its type, subject and data, as {@link #append} takes them, and
   * who made the change ({@link PluginRequest#actor}). Without an actor the event gets the actor of
   * the request whose handling appends it, or this plugin's when there is none (a delivery, a job):
   * name the actor when one transaction carries several requests' writes.
   */
  record NewEvent(String type, UUID subjectId, JsonObject data, Actor actor) {

    public NewEvent(String type, UUID subjectId, JsonObject data) {
      this(type, subjectId, data, null);
    }
  }

  /**
   * Appends several events inside {@code transaction}, as {@link #append} appends each, in one
   * statement: for writes of many things at once (a batch, an import), whose events would
   * otherwise cost a statement each. All are appended, or none (the future fails when any is not
   * allowed).
   *
   * @return the events' ids, in the order given
   * @since 2.1.0
   */
  default Future<List<UUID>> appendAll(SqlClient transaction, Tenant tenant, List<NewEvent> events) {
    List<UUID> ids = new ArrayList<>(events.size());
    Future<Void> appended = Future.succeededFuture();
    for (NewEvent event : events) {
      appended = appended.compose(v -> append(transaction, tenant, event.type(), event.subjectId(), event.data())
          .map(id -> {
            ids.add(id);
            return null;
          }));
    }
    return appended.map(ids);
  }
}
