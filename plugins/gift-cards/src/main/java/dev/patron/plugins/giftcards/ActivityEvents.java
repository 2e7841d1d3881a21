package dev.patron.plugins.giftcards;

import dev.patron.api.money.Money;
import dev.patron.api.plugin.PluginContext;
import dev.patron.api.tenant.Tenant;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.util.UUID;

/**
 * Publishes {@value #RECORDED}: one event per ledger entry, about its card, in the entry's own
 * transaction, so other plugins (sales, webhooks) follow every change of value in order per card.
 * The payload is the entry without its free-text {@code reason}, which may name a person.
 */
final class ActivityEvents {

  static final String RECORDED = "gift-cards.activity.recorded";

  private final PluginContext context;

  ActivityEvents(PluginContext context) {
    this.context = context;
  }

  Future<Void> recorded(SqlClient tx, Tenant tenant, Activity activity, CardState stateAfter) {
    return context.events().append(tx, tenant, RECORDED, activity.cardId(), data(activity, stateAfter)).mapEmpty();
  }

  private static JsonObject data(Activity activity, CardState stateAfter) {
    return new JsonObject()
        .put("activityId", activity.id().toString())
        .put("cardId", activity.cardId().toString())
        .put("type", activity.type().name())
        .put("amount", Money.toJson(activity.amount(), activity.currency()))
        .put("balanceAfter", Money.toJson(activity.balanceAfter(), activity.currency()))
        .put("cardState", stateAfter.name())
        .put("reversesActivityId", string(activity.reversesActivityId()))
        .put("cardVersion", activity.cardVersion())
        .put("createdAt", activity.createdAt().toString());
  }

  private static String string(UUID id) {
    return id == null ? null : id.toString();
  }
}
