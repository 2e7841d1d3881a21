package dev.patron.core.customer;

import dev.patron.api.customer.Customer;
import dev.patron.core.tenant.TenantContext;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;

/**
 * What runs inside a customer write's transaction before it commits. The core only knows this
 * port; the server fills it with the plugins' hooks.
 */
public interface CustomerHooks {

  /** No hooks at all. */
  CustomerHooks NONE = new CustomerHooks() {
    @Override
    public Future<Void> beforeWrite(CustomerWrite write) {
      return Future.succeededFuture();
    }

    @Override
    public Future<Void> beforeArchive(TenantContext context, SqlConnection transaction, Customer customer) {
      return Future.succeededFuture();
    }

    @Override
    public boolean runOnWrite(TenantContext context) {
      return false;
    }
  };

  /** Whether any hook runs on the tenant's creates and updates. */
  boolean runOnWrite(TenantContext context);

  /** Before a create ({@code write.before() == null}) or an update; a failed future vetoes it. */
  Future<Void> beforeWrite(CustomerWrite write);

  /** Before an archive; a failed future vetoes it. */
  Future<Void> beforeArchive(TenantContext context, SqlConnection transaction, Customer customer);
}
