package dev.patron.server.plugins.routes;

import dev.patron.api.customer.Customer;
import dev.patron.api.event.Actor;
import dev.patron.api.plugin.CustomerAccess;
import dev.patron.api.problem.Problems;
import dev.patron.api.tenant.Tenant;
import dev.patron.core.customer.CustomerService;
import dev.patron.core.tenant.TenantContext;
import dev.patron.server.http.auth.RequestActors;
import dev.patron.server.tenants.TenantDirectory;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import java.util.UUID;

/**
 * A plugin's window on customers, bound to that plugin's namespace. A change names the actor of the
 * request being handled, else the plugin (in a delivery, a job).
 */
final class HostCustomerAccess implements CustomerAccess {

  private final String pluginId;
  private final CustomerService customers;
  private final TenantDirectory directory;
  private final SqlClient reader;

  HostCustomerAccess(String pluginId, CustomerService customers, TenantDirectory directory, SqlClient reader) {
    this.pluginId = pluginId;
    this.customers = customers;
    this.directory = directory;
    this.reader = reader;
  }

  @Override
  public Future<Customer> find(SqlClient sql, Tenant tenant, UUID customerId) {
    return context(tenant).compose(context -> customers.find(sql, context, customerId));
  }

  @Override
  public Future<Customer> setExtension(SqlConnection transaction, Tenant tenant, UUID customerId, JsonObject value) {
    Actor actor = RequestActors.currentOr(Actor.plugin(pluginId));
    return context(tenant).compose(context -> customers.setExtension(transaction, context.actedBy(actor), customerId,
        pluginId, value));
  }

  private Future<TenantContext> context(Tenant tenant) {
    return directory.context(tenant.id(), reader).map(context -> {
      if (context == null) {
        throw Problems.notFound("No such tenant.");
      }
      return context;
    });
  }
}
