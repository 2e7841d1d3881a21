package dev.patron.plugins.invoicing.account;

import dev.patron.api.customer.Customer;
import dev.patron.api.plugin.PluginContext;
import dev.patron.api.problem.Problems;
import dev.patron.api.tenant.Tenant;
import io.vertx.core.Future;
import java.util.UUID;

/**
 * Billing accounts through the plugin's own routes. A route never writes the accounts table
 * itself: it sets the customer's {@code extensions.invoicing}, and {@link AccountMirror} — the hook
 * that also serves clients writing the namespace through the customer API — stores it. One writer,
 * in the same transaction, so the table and the namespace cannot disagree.
 */
public final class AccountService {

  private final PluginContext context;
  private final AccountRepository accounts = new AccountRepository();
  private final BalanceRepository balances = new BalanceRepository();

  public AccountService(PluginContext context) {
    this.context = context;
  }

  public Future<BillingAccount> get(Tenant tenant, UUID customerId) {
    return accounts.find(context.client(), tenant.id(), customerId).map(account -> orNotFound(account, customerId));
  }

  /** Replaces the account's settings (creating it), as a customer update with its event and hooks. */
  public Future<BillingAccount> put(Tenant tenant, UUID customerId, AccountSettings settings) {
    return context.pool().withTransaction(tx -> context.customers()
        .setExtension(tx, tenant, customerId, settings.toExtension(tenant.currency()))
        .compose(customer -> accounts.find(tx, tenant.id(), customerId))
        .map(account -> orNotFound(account, customerId)));
  }

  /** What the customer owes now; 404 for a customer the tenant does not have. */
  public Future<Balance> balance(Tenant tenant, UUID customerId) {
    return requireCustomer(tenant, customerId)
        .compose(customer -> balances.balance(context.client(), tenant.id(), customerId));
  }

  /** The customer, or a 404 problem. */
  public Future<Customer> requireCustomer(Tenant tenant, UUID customerId) {
    return context.customers().find(context.client(), tenant, customerId).map(customer -> {
      if (customer == null) {
        throw Problems.notFound("No customer with id " + customerId + ".");
      }
      return customer;
    });
  }

  private static BillingAccount orNotFound(BillingAccount account, UUID customerId) {
    if (account == null) {
      throw Problems.notFound("Customer " + customerId + " has no billing account; PUT one first.");
    }
    return account;
  }
}
