package dev.patron.plugins.giftcards;

import dev.patron.api.money.Money;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.UUID;

/** The JSON representations clients see. The full code appears only in {@link #created}. */
final class GiftCardJson {

  private GiftCardJson() {
  }

  /** A card, its code masked; {@code expired} is judged by the restaurant's date {@code today}. */
  static JsonObject card(Card card, LocalDate today) {
    JsonArray customers = new JsonArray();
    card.customerIds().forEach(id -> customers.add(id.toString()));
    return new JsonObject()
        .put("id", card.id().toString())
        .put("maskedCode", card.maskedCode())
        .put("type", card.type().name())
        .put("state", card.state().name())
        .put("balance", Money.toJson(card.balance(), card.currency()))
        .put("customerIds", customers)
        .put("expiresOn", card.expiresOn() == null ? null : card.expiresOn().toString())
        .put("expired", card.expiredOn(today))
        .put("version", card.version())
        .put("createdAt", card.createdAt().toString())
        .put("updatedAt", card.updatedAt().toString());
  }

  /** The answer to the create request: the card plus its full code, shown this once. */
  static JsonObject created(CardService.Created created, LocalDate today) {
    return card(created.card(), today).put("code", created.code());
  }

  static JsonObject activity(Activity activity) {
    return new JsonObject()
        .put("id", activity.id().toString())
        .put("cardId", activity.cardId().toString())
        .put("type", activity.type().name())
        .put("amount", Money.toJson(activity.amount(), activity.currency()))
        .put("balanceAfter", Money.toJson(activity.balanceAfter(), activity.currency()))
        .put("reason", activity.reason())
        .put("reversesActivityId", string(activity.reversesActivityId()))
        .put("cardVersion", activity.cardVersion())
        .put("createdAt", activity.createdAt().toString());
  }

  private static String string(UUID id) {
    return id == null ? null : id.toString();
  }
}
