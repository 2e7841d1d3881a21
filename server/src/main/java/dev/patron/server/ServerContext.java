package dev.patron.server;

import dev.patron.server.config.PatronConfig;
import dev.patron.server.db.DatabaseUrl;
import dev.patron.server.http.auth.AdminToken;
import dev.patron.server.http.contract.ApiDocument;
import dev.patron.server.http.ui.BackOfficePage;
import dev.patron.server.http.limits.FairShares;
import dev.patron.server.metrics.ServerMetrics;
import dev.patron.server.plugins.PluginHost;
import dev.patron.server.plugins.events.DispatchHeartbeat;
import dev.patron.server.plugins.routes.PluginRouteReports;
import dev.patron.server.secrets.HostSecretKey;
import dev.patron.server.tenants.TenantDirectory;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What every verticle instance shares: settings, the database's address, the admin token, the
 * tenant cache and the plugins. Everything here is immutable or thread-safe.
 *
 * @param pluginRoutes what mounting the plugins' routes found (failures, drift from their fragments)
 */
public record ServerContext(
    PatronConfig config,
    DatabaseUrl database,
    AdminToken adminToken,
    TenantDirectory directory,
    PluginHost plugins,
    PluginRouteReports pluginRoutes,
    Clock clock,
    ApiDocument apiDocument,
    AtomicInteger boundPort,
    BackOfficePage backOffice,
    HostSecretKey secretKey,
    DispatchHeartbeat dispatchHeartbeat,
    ServerMetrics metrics,
    FairShares fairShares) {
}
