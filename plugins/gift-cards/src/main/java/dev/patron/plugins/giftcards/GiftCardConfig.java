package dev.patron.plugins.giftcards;

import dev.patron.kit.json.JsonInput;
import dev.patron.api.plugin.TenantConfigValidator;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.EnumSet;
import java.util.Set;
import org.pf4j.Extension;

/**
 * Checks a restaurant's configuration: {@code {"maxBalance": 50000, "allowedTypes": ["DIGITAL"],
 * "defaultExpiryMonths": 36}}, every member optional; stores it with the defaults filled in.
 */
@Extension
public class GiftCardConfig implements TenantConfigValidator {

  @Override
  public JsonObject validate(JsonObject config) {
    GiftCardSettings defaults = GiftCardSettings.defaults();
    JsonInput in = JsonInput.of(config);
    Long maxBalance = in.longValue("maxBalance", 1, GiftCardSettings.MAX_MAX_BALANCE);
    Set<CardType> types = cardTypes(in, in.array("allowedTypes", CardType.values().length));
    Integer months = in.intValue("defaultExpiryMonths", 1, GiftCardSettings.MAX_EXPIRY_MONTHS);
    in.rejectUnknownFields();
    in.throwIfInvalid();
    return new GiftCardSettings(maxBalance == null ? defaults.maxBalance() : maxBalance,
        types == null ? defaults.allowedTypes() : types, months).toJson();
  }

  private static Set<CardType> cardTypes(JsonInput in, JsonArray names) {
    if (names == null) {
      return null;
    }
    Set<CardType> types = EnumSet.noneOf(CardType.class);
    for (Object name : names) {
      CardType type = name instanceof String text ? parse(text) : null;
      if (type == null) {
        in.error("allowedTypes", "must list card types out of PHYSICAL, DIGITAL");
        return null;
      }
      types.add(type);
    }
    if (types.isEmpty()) {
      in.error("allowedTypes", "must list at least one card type");
      return null;
    }
    return types;
  }

  private static CardType parse(String name) {
    for (CardType type : CardType.values()) {
      if (type.name().equals(name)) {
        return type;
      }
    }
    return null;
  }
}
