package dev.patron.api.plugin;

import dev.patron.api.tenant.Tenant;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;

/** One delivery of an event to a plugin's {@link EventListener}s. */
public interface DeliveryContext {

  Tenant tenant();

  /** This plugin's configuration for the tenant. */
  JsonObject config();

  /** The delivery's transaction; it commits only if the listener succeeds. */
  SqlClient sql();

  /** 1 on the first delivery, then 2, 3 ... on retries. */
  int attempt();

  /** Appending this plugin's own events; pass {@link #sql()} to commit them with the delivery. */
  PluginEvents events();

  /**
   * Runs {@code action} on this event loop once the delivery's transaction has committed, never if
   * it rolls back: to wake the plugin's own background work for what the delivery just stored
   * (a queue it drains), without waiting for a timer.
   *
   * @since 2.4.0
   */
  default void afterCommit(Runnable action) {
    throw new UnsupportedOperationException("this host predates SDK 2.4.0");
  }
}
