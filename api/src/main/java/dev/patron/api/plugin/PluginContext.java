package dev.patron.api.plugin;

import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;

/**
 * What the host gives a plugin to serve requests: its identity, its database access and the
 * host services it may call.
 *
 * <p>One context exists per event loop; handlers registered with it run on that loop and must
 * never block it (run blocking work with {@code vertx().executeBlocking}).
 */
public interface PluginContext {

  /** The plugin's id, as in its manifest. */
  String pluginId();

  /**
   * The database schema holding the plugin's own tables, created by the plugin's Flyway
   * migrations: the plugin id with {@code -} replaced by {@code _} (e.g. {@code gift_cards}).
   */
  String schema();

  Vertx vertx();

  /** Connections for transactions ({@code pool().withTransaction(...)}). */
  Pool pool();

  /** A pipelined client for single statements outside a transaction: the fastest way to read. */
  SqlClient client();

  /** Reading customers and writing this plugin's extension fields on them. */
  CustomerAccess customers();

  /** Running a write at most once per {@code Idempotency-Key}. */
  Idempotency idempotency();

  /** Appending this plugin's own events to the outbox, in the transaction of the write. */
  PluginEvents events();
}
