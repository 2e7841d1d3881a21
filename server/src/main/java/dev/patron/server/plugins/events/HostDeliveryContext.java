package dev.patron.server.plugins.events;

import dev.patron.api.plugin.DeliveryContext;
import dev.patron.api.plugin.PluginEvents;
import dev.patron.api.tenant.Tenant;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Transaction;

/** One delivery as the listener sees it; {@code transaction} is the one {@code sql} runs in. */
record HostDeliveryContext(Tenant tenant, JsonObject config, SqlClient sql, int attempt, PluginEvents events,
    Transaction transaction) implements DeliveryContext {

  @Override
  public void afterCommit(Runnable action) {
    transaction.completion().onSuccess(committed -> action.run());
  }
}
