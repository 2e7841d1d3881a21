package dev.patron.plugins.invoicing;

import dev.patron.api.money.Money;
import dev.patron.api.plugin.CustomerOverviewContributor;
import dev.patron.api.plugin.CustomerOverviewRequest;
import dev.patron.api.tenant.Tenant;
import dev.patron.plugins.invoicing.account.AccountRepository;
import dev.patron.plugins.invoicing.account.Balance;
import dev.patron.plugins.invoicing.account.BalanceRepository;
import dev.patron.plugins.invoicing.account.BillingAccount;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.pf4j.Extension;

/**
 * The customer overview's {@code invoicing} section: the billing account, what the customer owes,
 * and how much more can be put on their account now — by the same rules a charge is checked with
 * (billing enabled, within the credit limit).
 */
@Extension
public class InvoicingOverview implements CustomerOverviewContributor {

  private final AccountRepository accounts = new AccountRepository();
  private final BalanceRepository balances = new BalanceRepository();

  @Override
  public Future<JsonObject> overview(CustomerOverviewRequest request) {
    Tenant tenant = request.tenant();
    UUID customerId = request.customer().id();
    Future<BillingAccount> account = accounts.find(request.sql(), tenant.id(), customerId);
    Future<Balance> balance = balances.balance(request.sql(), tenant.id(), customerId);
    return Future.all(account, balance).map(done -> section(account.result(), balance.result(), customerId,
        tenant.currency()));
  }

  private static JsonObject section(BillingAccount account, Balance balance, UUID customerId, String currency) {
    Long available = account == null || !account.settings().billingEnabled()
        ? Long.valueOf(0)
        : balance.creditAvailable(account.settings().creditLimit());
    return new JsonObject()
        .put("account", account == null ? null : account.toJson(currency))
        .put("balance", balance.toJson(customerId, currency))
        .put("creditAvailable", available == null ? null : Money.toJson(available, currency));
  }
}
