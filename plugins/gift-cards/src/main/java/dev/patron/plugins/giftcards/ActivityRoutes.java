package dev.patron.plugins.giftcards;

import dev.patron.kit.http.PageParams;
import dev.patron.kit.http.Handlers;
import dev.patron.api.plugin.ApiResponse;
import dev.patron.kit.page.PageRequest;
import dev.patron.kit.http.Requests;
import dev.patron.kit.http.Responses;
import dev.patron.api.plugin.Idempotency;
import dev.patron.api.plugin.PluginRequest;
import dev.patron.api.problem.Problem;
import dev.patron.api.tenant.StaffRole;
import dev.patron.api.tenant.Tenant;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;

/** HTTP for a card's ledger: record an activity (safe to retry with Idempotency-Key), list them. */
final class ActivityRoutes {

  private final ActivityService activities;
  private final Idempotency idempotency;

  ActivityRoutes(ActivityService activities, Idempotency idempotency) {
    this.activities = activities;
    this.idempotency = idempotency;
  }

  void register(Router router) {
    router.post("/cards/:cardId/activities").handler(Handlers.of(this::record));
    router.get("/cards/:cardId/activities").handler(Handlers.of(this::list));
  }

  /** A retried POS request with the same key replays the first answer: a card is never charged twice. */
  private Future<?> record(RoutingContext rc) {
    Tenant tenant = PluginRequest.tenant(rc);
    GiftCardSettings settings = GiftCardSettings.from(PluginRequest.config(rc));
    UUID cardId = cardId(rc);
    JsonObject body = Requests.jsonObject(rc);
    ActivityRequest request = CardRequests.activity(body, tenant.currency());
    requireRoleFor(rc, request.type());
    JsonObject sameRequest = new JsonObject().put("cardId", cardId.toString()).put("body", body);
    return idempotency.run(tenant, "cards.activity", Requests.idempotencyKey(rc), sameRequest,
            tx -> activities.record(tx, tenant, settings, cardId, request)
                .map(activity -> ApiResponse.of(201, GiftCardJson.activity(activity))))
        .compose(response -> Responses.send(rc, response));
  }

  /** Staff sell and redeem; correcting a card (adjust, refund, reverse, deactivate) is a manager's. */
  private static void requireRoleFor(RoutingContext rc, ActivityType type) {
    boolean selling = type == ActivityType.ACTIVATE || type == ActivityType.LOAD || type == ActivityType.REDEEM;
    if (!selling && !PluginRequest.role(rc).includes(StaffRole.MANAGER)) {
      throw Problem.of(403, "role-required", "Not allowed for your role",
              "Recording " + type + " needs the role MANAGER or higher; staff may activate, load and redeem cards.")
          .with("requiredRole", StaffRole.MANAGER.name()).toException();
    }
  }

  private Future<?> list(RoutingContext rc) {
    return activities.list(PluginRequest.tenant(rc), cardId(rc), PageParams.from(rc))
        .compose(page -> Responses.page(rc, page.items().stream().map(GiftCardJson::activity).toList(),
            page.nextCursor()));
  }

  private static UUID cardId(RoutingContext rc) {
    return Requests.pathId(rc, "cardId", "gift card");
  }
}
