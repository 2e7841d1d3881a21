package dev.patron.plugins.giftcards;

import dev.patron.kit.page.Page;
import dev.patron.kit.page.PageRequest;
import dev.patron.api.plugin.PluginContext;
import dev.patron.api.tenant.Tenant;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import java.time.Instant;
import java.util.UUID;

/**
 * Records activities on a card. Each runs in one transaction that first locks the card's row, so
 * concurrent activities on one card queue up and each sees the balance the previous one left; the
 * ledger row, the card's new balance and the {@code gift-cards.activity.recorded} event commit
 * together.
 */
final class ActivityService {

  private final PluginContext context;
  private final RestaurantClock clock;
  private final CardRepository cards = new CardRepository();
  private final ActivityRepository activities = new ActivityRepository();
  private final ActivityEvents events;

  ActivityService(PluginContext context, RestaurantClock clock) {
    this.context = context;
    this.clock = clock;
    this.events = new ActivityEvents(context);
  }

  /** Applies {@code request} to the card inside {@code tx}, or fails with a 404 or a 422 refusal. */
  Future<Activity> record(SqlConnection tx, Tenant tenant, GiftCardSettings settings, UUID cardId,
      ActivityRequest request) {
    UUID tenantId = tenant.id();
    return cards.findForUpdate(tx, tenantId, cardId).compose(found -> {
      Card card = CardService.orNotFound(found, cardId);
      Future<Ledger.ReverseTarget> target = request.type() == ActivityType.REVERSE
          ? activities.reverseTarget(tx, tenantId, request.reversesActivityId())
          : Future.succeededFuture(null);
      return target.compose(reversed -> {
        Ledger.Change change = Ledger.apply(card, request, reversed, settings.maxBalance(), clock.today(tenant));
        Instant now = clock.now();
        long balance = card.balance() + change.amount();
        Activity activity = new Activity(UUID.randomUUID(), card.id(), card.version() + 1, request.type(),
            change.amount(), balance, card.currency(), request.reason(), request.reversesActivityId(), now);
        return activities.insert(tx, tenantId, activity)
            .compose(v -> cards.updateValue(tx, tenantId, card, balance, change.stateAfter(), now))
            .compose(v -> events.recorded(tx, tenant, activity, change.stateAfter()))
            .map(activity);
      });
    });
  }

  /** A card's activities, oldest first. */
  Future<Page<Activity>> list(Tenant tenant, UUID cardId, PageRequest page) {
    return cards.find(context.client(), tenant.id(), cardId)
        .compose(card -> activities.list(context.client(), tenant.id(), CardService.orNotFound(card, cardId).id(), page));
  }
}
