package dev.patron.plugins.invoicing.http;

import dev.patron.kit.http.Requests;
import dev.patron.kit.http.Responses;
import dev.patron.kit.http.Versions;
import dev.patron.api.plugin.PluginRequest;
import dev.patron.api.tenant.Tenant;
import dev.patron.plugins.invoicing.charge.ChargeCancellation;
import dev.patron.plugins.invoicing.InvoicingSettings;
import dev.patron.plugins.invoicing.charge.ChargeDraft;
import dev.patron.plugins.invoicing.charge.ChargeListQuery;
import dev.patron.plugins.invoicing.charge.ChargeService;
import dev.patron.kit.http.Handlers;
import dev.patron.plugins.invoicing.support.Representations;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.UUID;

/** Charges: put an order on a customer's account, list a customer's charges, read one, cancel one. */
public final class ChargeRoutes {

  private final ChargeService charges;
  private final Clock clock;

  public ChargeRoutes(ChargeService charges, Clock clock) {
    this.charges = charges;
    this.clock = clock;
  }

  public void register(Router router) {
    router.post("/customers/:customerId/charges").handler(Handlers.of(this::create));
    router.get("/customers/:customerId/charges").handler(Handlers.of(this::list));
    router.get("/charges/:chargeId").handler(Handlers.of(this::get));
    router.post("/charges/:chargeId/cancel").handler(Handlers.of(this::cancel));
  }

  private Future<?> create(RoutingContext rc) {
    Tenant tenant = PluginRequest.tenant(rc);
    UUID customerId = AccountRoutes.customerId(rc);
    JsonObject body = Requests.jsonObject(rc);
    int defaultRate = InvoicingSettings.from(PluginRequest.config(rc)).taxRateBasisPoints();
    ChargeDraft draft = ChargeDraft.read(body, tenant.currency(), clock.instant(), defaultRate);
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
    return charges.get(tenant, chargeId(rc))
        .compose(charge -> Representations.read(rc, charge.version(), charge.toJson(tenant.currency())));
  }

  private Future<?> cancel(RoutingContext rc) {
    Tenant tenant = PluginRequest.tenant(rc);
    UUID chargeId = chargeId(rc);
    Long expectedVersion = Versions.ifMatch(rc);
    JsonObject body = Requests.jsonObject(rc);
    ChargeCancellation cancellation = ChargeCancellation.read(body);
    return charges.cancel(tenant, chargeId, cancellation, expectedVersion, Requests.idempotencyKey(rc), body)
        .compose(response -> Responses.send(rc, response));
  }

  private static UUID chargeId(RoutingContext rc) {
    return Requests.pathId(rc, "chargeId", "charge");
  }
}
