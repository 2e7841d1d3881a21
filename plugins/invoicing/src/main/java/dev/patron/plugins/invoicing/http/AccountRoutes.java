package dev.patron.plugins.invoicing.http;

import dev.patron.kit.http.Requests;
import dev.patron.kit.http.Responses;
import dev.patron.kit.json.JsonInput;
import dev.patron.api.plugin.PluginRequest;
import dev.patron.api.tenant.Tenant;
import dev.patron.plugins.invoicing.account.AccountService;
import dev.patron.plugins.invoicing.account.AccountSettings;
import dev.patron.kit.http.Handlers;
import dev.patron.plugins.invoicing.support.Representations;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;

/** A customer's billing account and balance: {@code /customers/{customerId}/account|balance}. */
public final class AccountRoutes {

  private final AccountService accounts;

  public AccountRoutes(AccountService accounts) {
    this.accounts = accounts;
  }

  public void register(Router router) {
    router.get("/customers/:customerId/account").handler(Handlers.of(this::get));
    router.put("/customers/:customerId/account").handler(Handlers.of(this::put));
    router.get("/customers/:customerId/balance").handler(Handlers.of(this::balance));
  }

  private Future<?> get(RoutingContext rc) {
    Tenant tenant = PluginRequest.tenant(rc);
    return accounts.get(tenant, customerId(rc))
        .compose(account -> Representations.read(rc, account.version(), account.toJson(tenant.currency())));
  }

  private Future<?> put(RoutingContext rc) {
    Tenant tenant = PluginRequest.tenant(rc);
    UUID customerId = customerId(rc);
    JsonInput in = JsonInput.of(Requests.jsonObject(rc));
    AccountSettings settings = AccountSettings.read(in, tenant.currency());
    in.throwIfInvalid();
    return accounts.put(tenant, customerId, settings)
        .compose(account -> Representations.written(rc, account.version(), account.toJson(tenant.currency())));
  }

  private Future<?> balance(RoutingContext rc) {
    Tenant tenant = PluginRequest.tenant(rc);
    UUID customerId = customerId(rc);
    return accounts.balance(tenant, customerId)
        .compose(balance -> Responses.ok(rc, balance.toJson(customerId, tenant.currency())));
  }

  static UUID customerId(RoutingContext rc) {
    return Requests.pathId(rc, "customerId", "customer");
  }
}
