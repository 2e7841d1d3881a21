package dev.patron.server.plugins.routes;

import dev.patron.api.plugin.PluginContext;
import dev.patron.core.customer.CustomerService;
import dev.patron.core.event.Outbox;
import dev.patron.core.idempotency.IdempotencyService;
import dev.patron.server.config.PatronConfig;
import dev.patron.server.plugins.LoadedPlugin;
import dev.patron.server.plugins.events.HostPluginEvents;
import dev.patron.server.secrets.HostSecretKey;
import dev.patron.server.tenants.TenantDirectory;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import java.time.Clock;

/** Builds the {@link PluginContext} each plugin gets on one event loop, scoped to that plugin. */
public final class PluginContexts {

  private final Vertx vertx;
  private final Pool pool;
  private final SqlClient reader;
  private final CustomerService customers;
  private final IdempotencyService idempotency;
  private final TenantDirectory directory;
  private final Outbox outbox;
  private final Clock clock;
  private final PatronConfig config;
  private final HostSecretKey secretKey;

  public PluginContexts(Vertx vertx, Pool pool, SqlClient reader, CustomerService customers,
      IdempotencyService idempotency, TenantDirectory directory, Outbox outbox, Clock clock, PatronConfig config,
      HostSecretKey secretKey) {
    this.vertx = vertx;
    this.pool = pool;
    this.reader = reader;
    this.customers = customers;
    this.idempotency = idempotency;
    this.directory = directory;
    this.outbox = outbox;
    this.clock = clock;
    this.config = config;
    this.secretKey = secretKey;
  }

  public PluginContext forPlugin(LoadedPlugin plugin) {
    return new HostPluginContext(plugin.id(), plugin.schema(), vertx, pool, reader,
        new HostCustomerAccess(plugin.id(), customers, directory, reader), new ScopedIdempotency(plugin.id(), idempotency),
        new HostPluginEvents(plugin.id(), outbox, clock), config.settingsOfPlugin(plugin.id()), secretKey.boxFor(plugin.id()));
  }
}
