package dev.patron.server;

import dev.patron.server.config.PatronConfig;
import dev.patron.server.db.DatabaseUrl;
import dev.patron.server.http.auth.AdminToken;
import dev.patron.server.http.auth.TenantDirectory;
import io.vertx.core.buffer.Buffer;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What every verticle instance shares: settings, the database's address, the admin token and the
 * tenant cache. Everything here is immutable or thread-safe.
 */
public record ServerContext(
    PatronConfig config,
    DatabaseUrl database,
    AdminToken adminToken,
    TenantDirectory directory,
    Clock clock,
    Buffer openApiDocument,
    AtomicInteger boundPort) {
}
