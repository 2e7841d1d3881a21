package dev.patron.api.plugin;

import dev.patron.api.customer.Customer;
import dev.patron.api.tenant.Tenant;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;

/** A customer create or update seen by one plugin's {@link CustomerHook}. */
public interface CustomerChange {

  Tenant tenant();

  /** This plugin's configuration for the tenant. */
  JsonObject config();

  /** The write's transaction: statements here commit or roll back with the customer. */
  SqlClient sql();

  /** The customer before the change; {@code null} on create. */
  Customer before();

  /** The customer as it will be stored, with its id and next version. */
  Customer after();

  /** The value of this plugin's namespace in {@link #after()}, or {@code null}. */
  JsonObject extension();

  /** Whether the write sets or changes this plugin's namespace. */
  boolean extensionChanged();

  /**
   * Replaces this plugin's namespace in the stored customer (e.g. normalised, defaults filled in);
   * {@code null} removes it.
   */
  void setExtension(JsonObject value);
}
