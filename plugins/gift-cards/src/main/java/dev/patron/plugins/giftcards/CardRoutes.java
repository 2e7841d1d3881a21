package dev.patron.plugins.giftcards;

import dev.patron.kit.http.Handlers;
import dev.patron.api.plugin.ApiResponse;
import dev.patron.kit.http.Requests;
import dev.patron.kit.http.Responses;
import dev.patron.kit.http.Versions;
import dev.patron.api.plugin.Idempotency;
import dev.patron.api.plugin.PluginRequest;
import dev.patron.api.tenant.Tenant;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.util.UUID;

/** HTTP for cards: issue, read, look up by code, list, link customers, liability report. */
final class CardRoutes {

  static final String BASE = "/api/v1/plugins/gift-cards";

  private final CardService cards;
  private final Idempotency idempotency;
  private final RestaurantClock clock;

  CardRoutes(CardService cards, Idempotency idempotency, RestaurantClock clock) {
    this.cards = cards;
    this.idempotency = idempotency;
    this.clock = clock;
  }

  void register(Router router) {
    router.post("/cards").handler(Handlers.of(this::create));
    router.get("/cards").handler(Handlers.of(this::list));
    router.post("/cards/lookup").handler(Handlers.of(this::lookup));
    router.get("/cards/:cardId").handler(Handlers.of(this::get));
    router.put("/cards/:cardId/customers/:customerId").handler(Handlers.of(this::link));
    router.delete("/cards/:cardId/customers/:customerId").handler(Handlers.of(this::unlink));
    router.get("/reports/liability").handler(Handlers.of(this::liability));
  }

  private Future<?> create(RoutingContext rc) {
    Tenant tenant = PluginRequest.tenant(rc);
    LocalDate today = clock.today(tenant);
    JsonObject body = Requests.jsonObject(rc);
    NewCard draft = CardRequests.newCard(body, tenant, GiftCardSettings.from(PluginRequest.config(rc)), today);
    return idempotency.run(tenant, "cards.create", Requests.idempotencyKey(rc), body,
            tx -> cards.create(tx, tenant, draft).map(created -> ApiResponse
                .created(BASE + "/cards/" + created.card().id(), GiftCardJson.created(created, today))
                .withHeader("ETag", Versions.etag(created.card().version()))))
        .compose(response -> Responses.send(rc, response));
  }

  private Future<?> get(RoutingContext rc) {
    Tenant tenant = PluginRequest.tenant(rc);
    return cards.get(tenant, cardId(rc)).compose(card -> sendCard(rc, tenant, card));
  }

  /** A POST, so the code travels in the body: URLs end up in proxy and access logs. */
  private Future<?> lookup(RoutingContext rc) {
    Tenant tenant = PluginRequest.tenant(rc);
    return cards.lookup(tenant, CardRequests.lookupCode(Requests.jsonObject(rc)))
        .compose(card -> sendCard(rc, tenant, card));
  }

  private Future<?> list(RoutingContext rc) {
    Tenant tenant = PluginRequest.tenant(rc);
    LocalDate today = clock.today(tenant);
    return cards.list(tenant, CardListQuery.from(rc)).compose(page -> Responses.page(rc,
        page.items().stream().map(card -> GiftCardJson.card(card, today)).toList(), page.nextCursor()));
  }

  private Future<?> link(RoutingContext rc) {
    Tenant tenant = PluginRequest.tenant(rc);
    return cards.link(tenant, cardId(rc), customerId(rc), Versions.ifMatch(rc))
        .compose(card -> sendCard(rc, tenant, card));
  }

  private Future<?> unlink(RoutingContext rc) {
    Tenant tenant = PluginRequest.tenant(rc);
    return cards.unlink(tenant, cardId(rc), customerId(rc), Versions.ifMatch(rc))
        .compose(card -> sendCard(rc, tenant, card));
  }

  private Future<?> liability(RoutingContext rc) {
    return cards.liability(PluginRequest.tenant(rc)).compose(report -> Responses.ok(rc, report.toJson()));
  }

  private Future<Void> sendCard(RoutingContext rc, Tenant tenant, Card card) {
    rc.response().putHeader("ETag", Versions.etag(card.version()));
    return Responses.ok(rc, GiftCardJson.card(card, clock.today(tenant)));
  }

  private static UUID cardId(RoutingContext rc) {
    return Requests.pathId(rc, "cardId", "gift card");
  }

  private static UUID customerId(RoutingContext rc) {
    return Requests.pathId(rc, "customerId", "customer");
  }
}
