package dev.patron.server;

import dev.patron.api.plugin.PluginContext;
import dev.patron.core.customer.CustomerService;
import dev.patron.core.event.Outbox;
import dev.patron.core.idempotency.IdempotencyService;
import dev.patron.core.tenant.TenantService;
import dev.patron.server.metrics.HookMetrics;
import dev.patron.server.plugins.LoadedPlugin;
import dev.patron.server.plugins.PluginRegistry;
import dev.patron.server.plugins.events.EventDispatcher;
import dev.patron.server.plugins.hooks.PluginCustomerHooks;
import dev.patron.server.plugins.routes.PluginContexts;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;

/**
 * The core's services as one event loop uses them, wired once in that loop's own context: every
 * database client here lives on the loop that calls it. The HTTP verticles and the plugin
 * lifecycle verticle each build one; nothing else assembles services.
 *
 * @param reader a pipelined client for single statements
 * @param nudge wakes event delivery; the outbox calls it after each commit that appended events
 */
public record EventLoopServices(
    Vertx vertx,
    Pool pool,
    SqlClient reader,
    IdempotencyService idempotency,
    TenantService tenants,
    Outbox outbox,
    CustomerService customers,
    Runnable nudge,
    PluginContexts pluginContexts) {

  public static EventLoopServices create(Vertx vertx, ServerContext shared, Pool pool, SqlClient reader) {
    PluginRegistry plugins = shared.plugins().registry();
    IdempotencyService idempotency = new IdempotencyService(pool, shared.clock());
    // Every event appended through this outbox wakes delivery once its transaction commits.
    Runnable nudge = EventDispatcher.waker(vertx, plugins);
    Outbox outbox = new Outbox(nudge);
    CustomerService customers = new CustomerService(vertx, pool, reader,
        new PluginCustomerHooks(plugins, shared.config().hookTimeout(), new HookMetrics(shared.metrics().registry())),
        idempotency, outbox, shared.clock());
    PluginContexts contexts = new PluginContexts(vertx, pool, reader, customers, idempotency, shared.directory(), outbox,
        shared.clock(), shared.config(), shared.secretKey());
    return new EventLoopServices(vertx, pool, reader, idempotency, new TenantService(pool, shared.clock()), outbox,
        customers, nudge, contexts);
  }

  /** What {@code plugin} gets from the host on this event loop. */
  public PluginContext pluginContext(LoadedPlugin plugin) {
    return pluginContexts.forPlugin(plugin);
  }
}
