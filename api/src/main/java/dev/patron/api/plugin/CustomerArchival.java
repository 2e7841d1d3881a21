package dev.patron.api.plugin;

import dev.patron.api.customer.Customer;
import dev.patron.api.tenant.Tenant;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;

/** A customer about to be archived, seen by one plugin's {@link CustomerHook}. */
public interface CustomerArchival {

  Tenant tenant();

  /** This plugin's configuration for the tenant (empty while the plugin is disabled for it). */
  JsonObject config();

  /**
   * The archive's transaction: statements here commit or roll back with it. In {@link
   * CustomerHook#previewArchive} a read-only transaction that is always rolled back.
   */
  SqlClient sql();

  /** The customer as stored, before its removal. */
  Customer customer();

  /** Whether the tenant has the plugin enabled now (archive hooks also run for disabled plugins). */
  boolean pluginEnabled();
}
