package dev.patron.server.plugins.routes;

import dev.patron.api.plugin.CustomerAccess;
import dev.patron.api.plugin.Idempotency;
import dev.patron.api.plugin.PluginContext;
import dev.patron.api.plugin.PluginEvents;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;

/** What one plugin gets on one event loop. */
record HostPluginContext(
    String pluginId,
    String schema,
    Vertx vertx,
    Pool pool,
    SqlClient client,
    CustomerAccess customers,
    Idempotency idempotency,
    PluginEvents events) implements PluginContext {
}
