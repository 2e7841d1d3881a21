package dev.patron.plugins.invoicing.http;

import dev.patron.api.http.Requests;
import dev.patron.api.http.Responses;
import dev.patron.api.plugin.PluginRequest;
import dev.patron.api.tenant.Tenant;
import dev.patron.plugins.invoicing.charge.ChargeDraft;
import dev.patron.plugins.invoicing.charge.ChargeListQuery;
import dev.patron.plugins.invoicing.charge.ChargeService;
import dev.patron.api.http.Handlers;
import dev.patron.plugins.invoicing.support.Representations;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;

/** Charges: put an order on a customer's account, list a customer's charges, read one. */
public final class ChargeRoutes {

  private final ChargeService charges;

  public ChargeRoutes(ChargeService charges) {
    this.charges = charges;
  }

  public void register(Router router) {
    router.post("/customers/:customerId/charges").handler(Handlers.of(this::create));
    router.get("/customers/:customerId/charges").handler(Handlers.of(this::list));
    router.get("/charges/:chargeId").handler(Handlers.of(this::get));
  }

  private Future<?> create(RoutingContext rc) {
    Tenant tenant = PluginRequest.tenant(rc);
    UUID customerId = AccountRoutes.customerId(rc);
    JsonObject body = Requests.jsonObject(rc);
    ChargeDraft draft = ChargeDraft.read(body, tenant.currency());
    return charges.create(tenant, customerId, draft, Requests.idempotencyKey(rc), body)
        .compose(response -> Responses.send(rc, response));
  }

  private Future<?> list(RoutingContext rc) {
    Tenant tenant = PluginRequest.tenant(rc);
    UUID customerId = AccountRoutes.customerId(rc);
    ChargeListQuery query = ChargeListQuery.from(rc);
    return charges.list(tenant, customerId, query).compose(page -> Responses.page(rc,
        page.items().stream().map(charge -> charge.toJson(tenant.currency())).toList(), page.nextCursor()));
  }

  private Future<?> get(RoutingContext rc) {
    Tenant tenant = PluginRequest.tenant(rc);
    UUID chargeId = Requests.pathId(rc, "chargeId", "charge");
    return charges.get(tenant, chargeId)
        .compose(charge -> Representations.read(rc, charge.version(), charge.toJson(tenant.currency())));
  }
}
