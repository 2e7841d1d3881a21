package dev.patron.core.tenant;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.UUID;

/**
 * Tells every server instance that a tenant's access or settings changed (a key revoked, the
 * tenant disabled, a plugin enabled), so cached lookups are dropped. PostgreSQL delivers the
 * notification to all listeners when the transaction commits, and not at all if it rolls back.
 */
public final class TenantChanges {

  /** The LISTEN/NOTIFY channel; the payload is the tenant id. */
  public static final String CHANNEL = "patron_tenant_changed";

  private TenantChanges() {
  }

  public static Future<Void> notify(SqlClient transaction, UUID tenantId) {
    return transaction.preparedQuery("SELECT pg_notify($1, $2)")
        .execute(Tuple.of(CHANNEL, tenantId.toString()))
        .mapEmpty();
  }
}
