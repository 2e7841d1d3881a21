package dev.patron.server.plugins.events;

import dev.patron.api.plugin.DeliveryContext;
import dev.patron.api.plugin.PluginEvents;
import dev.patron.api.tenant.Tenant;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;

/** One delivery as the listener sees it. */
record HostDeliveryContext(Tenant tenant, JsonObject config, SqlClient sql, int attempt, PluginEvents events)
    implements DeliveryContext {
}
