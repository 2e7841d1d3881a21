package dev.patron.api.plugin;

import dev.patron.api.customer.Customer;
import dev.patron.api.tenant.Tenant;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;

/** One plugin's part of a customer overview, seen by its {@link CustomerOverviewContributor}. */
public interface CustomerOverviewRequest {

  Tenant tenant();

  /** This plugin's configuration for the tenant. */
  JsonObject config();

  /** The customer as stored, read just before the plugins are asked. */
  Customer customer();

  /**
   * A read-only client for single statements (each in its own read-only transaction: a write fails
   * with SQLSTATE 25006); it stops working once the call is over.
   */
  SqlClient sql();
}
