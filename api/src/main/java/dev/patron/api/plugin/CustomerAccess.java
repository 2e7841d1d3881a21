package dev.patron.api.plugin;

import dev.patron.api.customer.Customer;
import dev.patron.api.tenant.Tenant;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import java.util.UUID;

/** A plugin's window on the tenant's customers. */
public interface CustomerAccess {

  /** The customer, or {@code null} when the tenant has no such customer (or it was archived). */
  Future<Customer> find(SqlClient sql, Tenant tenant, UUID customerId);

  /**
   * Sets this plugin's extension namespace on a customer inside the caller's transaction, as an
   * ordinary customer update: the version increases, {@code customer.updated} is recorded and the
   * before-hooks run (this plugin's included, which validates the value). {@code null} removes
   * the namespace. Fails with a 404 problem when the customer does not exist.
   */
  Future<Customer> setExtension(SqlConnection transaction, Tenant tenant, UUID customerId, JsonObject value);
}
