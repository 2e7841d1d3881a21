package dev.patron.api.plugin;

import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import java.util.Map;

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

  /**
   * The host's settings for this plugin, the same for every tenant: each {@code
   * PATRON_PLUGIN_<ID>_<NAME>} environment variable or config-file entry (ID is the plugin id in
   * upper case with {@code -} as {@code _}), keyed by {@code <NAME>}. For what only the host may
   * decide (network limits, timeouts), never for a restaurant's choices: those are the tenant's
   * configuration. Document each setting in the plugin's guide.
   *
   * @since 2.4.0
   */
  default Map<String, String> settings() {
    return Map.of();
  }

  /**
   * Sealing secrets this plugin stores and must read back.
   *
   * @since 2.4.0
   */
  default SecretBox secrets() {
    throw new UnsupportedOperationException("this host predates SDK 2.4.0 and seals no secrets");
  }
}
