package dev.patron.plugins.invoicing.account;

import dev.patron.kit.sql.Rows;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.UUID;

/** SQL for billing accounts; every statement is scoped by tenant. */
public final class AccountRepository {

  private static final String COLUMNS = "customer_id, billing_enabled, credit_limit, version, created_at, updated_at";
  private static final String FIND = "SELECT " + COLUMNS + " FROM invoicing.accounts WHERE tenant_id = $1 AND customer_id = $2";
  // The version moves only when something changed, so writing the same settings twice is a no-op.
  private static final String SAVE = "INSERT INTO invoicing.accounts"
      + " (tenant_id, customer_id, billing_enabled, credit_limit, version, created_at, updated_at)"
      + " VALUES ($1, $2, $3, $4, 1, $5, $5)"
      + " ON CONFLICT (tenant_id, customer_id) DO UPDATE SET billing_enabled = EXCLUDED.billing_enabled,"
      + " credit_limit = EXCLUDED.credit_limit, version = accounts.version + 1, updated_at = EXCLUDED.updated_at"
      + " WHERE (accounts.billing_enabled, accounts.credit_limit)"
      + " IS DISTINCT FROM (EXCLUDED.billing_enabled, EXCLUDED.credit_limit)";

  public Future<BillingAccount> find(SqlClient sql, UUID tenantId, UUID customerId) {
    return sql.preparedQuery(FIND).execute(Tuple.of(tenantId, customerId)).map(AccountRepository::first);
  }

  /** Reads and locks the account until the transaction ends, so charges against it queue up. */
  public Future<BillingAccount> lock(SqlClient transaction, UUID tenantId, UUID customerId) {
    return transaction.preparedQuery(FIND + " FOR UPDATE").execute(Tuple.of(tenantId, customerId))
        .map(AccountRepository::first);
  }

  /** Creates the account or replaces its settings. */
  public Future<Void> save(SqlClient sql, UUID tenantId, UUID customerId, AccountSettings settings, Instant now) {
    return sql.preparedQuery(SAVE)
        .execute(Tuple.of(tenantId, customerId, settings.billingEnabled(), settings.creditLimit(), Rows.param(now)))
        .mapEmpty();
  }

  public Future<Void> delete(SqlClient sql, UUID tenantId, UUID customerId) {
    return sql.preparedQuery("DELETE FROM invoicing.accounts WHERE tenant_id = $1 AND customer_id = $2")
        .execute(Tuple.of(tenantId, customerId))
        .mapEmpty();
  }

  private static BillingAccount first(RowSet<Row> rows) {
    if (rows.size() == 0) {
      return null;
    }
    Row row = rows.iterator().next();
    return new BillingAccount(row.getUUID("customer_id"),
        new AccountSettings(row.getBoolean("billing_enabled"), row.getLong("credit_limit")),
        row.getLong("version"), Rows.instant(row, "created_at"), Rows.instant(row, "updated_at"));
  }
}
