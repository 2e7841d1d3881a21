package dev.patron.plugins.giftcards;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.EnumSet;
import java.util.Set;

/**
 * A restaurant's gift card settings: the highest balance a card may reach (minor units), the card
 * types it sells, and how many months new cards stay valid ({@code null}: no expiry).
 */
public record GiftCardSettings(long maxBalance, Set<CardType> allowedTypes, Integer defaultExpiryMonths) {

  /** 500.00 in a two-decimal currency. */
  public static final long DEFAULT_MAX_BALANCE = 50_000;
  public static final long MAX_MAX_BALANCE = 100_000_000_000L;
  public static final int MAX_EXPIRY_MONTHS = 120;

  public GiftCardSettings {
    allowedTypes = Set.copyOf(allowedTypes);
  }

  public static GiftCardSettings defaults() {
    return new GiftCardSettings(DEFAULT_MAX_BALANCE, EnumSet.allOf(CardType.class), null);
  }

  /** Reads a configuration stored by {@link GiftCardConfig} (so already valid); absent keys take defaults. */
  public static GiftCardSettings from(JsonObject config) {
    JsonArray stored = config.getJsonArray("allowedTypes");
    Set<CardType> types = EnumSet.noneOf(CardType.class);
    if (stored == null) {
      types.addAll(EnumSet.allOf(CardType.class));
    } else {
      stored.forEach(name -> types.add(CardType.valueOf((String) name)));
    }
    return new GiftCardSettings(config.getLong("maxBalance", DEFAULT_MAX_BALANCE), types,
        config.getInteger("defaultExpiryMonths"));
  }

  public JsonObject toJson() {
    JsonArray types = new JsonArray();
    EnumSet.copyOf(allowedTypes).forEach(type -> types.add(type.name()));
    JsonObject json = new JsonObject().put("maxBalance", maxBalance).put("allowedTypes", types);
    if (defaultExpiryMonths != null) {
      json.put("defaultExpiryMonths", defaultExpiryMonths);
    }
    return json;
  }
}
