package dev.patron.server.plugins.routes;

import dev.patron.api.plugin.CustomerAccess;
import dev.patron.api.plugin.Idempotency;
import dev.patron.api.plugin.PluginContext;
import dev.patron.api.plugin.PluginEvents;
import dev.patron.api.plugin.SecretBox;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import java.util.Map;

/** What one plugin gets on one event loop. */
record HostPluginContext(
    String pluginId,
    String schema,
    Vertx vertx,
    Pool pool,
    SqlClient client,
    CustomerAccess customers,
    Idempotency idempotency,
    PluginEvents events,
    Map<String, String> settings,
    SecretBox secrets) implements PluginContext {
}
