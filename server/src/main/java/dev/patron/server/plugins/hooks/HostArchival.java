package dev.patron.server.plugins.hooks;

import dev.patron.api.customer.Customer;
import dev.patron.api.plugin.CustomerArchival;
import dev.patron.api.tenant.Tenant;
import dev.patron.core.tenant.TenantContext;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;

/** One plugin's view of an archive, or of its preview. */
record HostArchival(String pluginId, TenantContext context, SqlClient sql, Customer customer)
    implements CustomerArchival {

  @Override
  public Tenant tenant() {
    return context.tenant();
  }

  @Override
  public JsonObject config() {
    return context.pluginConfig(pluginId).copy();
  }

  @Override
  public boolean pluginEnabled() {
    return context.pluginEnabled(pluginId);
  }
}
