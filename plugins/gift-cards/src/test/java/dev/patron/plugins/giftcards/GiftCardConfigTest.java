package dev.patron.plugins.giftcards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.patron.api.problem.FieldError;
import dev.patron.api.problem.ProblemException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GiftCardConfigTest {

  private final GiftCardConfig validator = new GiftCardConfig();

  @Test
  void fillsInDefaults() {
    JsonObject stored = validator.validate(new JsonObject());
    assertEquals(new JsonObject().put("maxBalance", 50_000L).put("allowedTypes", new JsonArray().add("PHYSICAL").add("DIGITAL")),
        stored);
    assertEquals(GiftCardSettings.defaults(), GiftCardSettings.from(stored));
  }

  @Test
  void keepsWhatTheRestaurantChose() {
    JsonObject stored = validator.validate(new JsonObject().put("maxBalance", 20_000)
        .put("allowedTypes", new JsonArray().add("DIGITAL").add("DIGITAL")).put("defaultExpiryMonths", 36));
    assertEquals(new GiftCardSettings(20_000, Set.of(CardType.DIGITAL), 36), GiftCardSettings.from(stored));
  }

  @Test
  void reportsEveryInvalidMember() {
    ProblemException problem = assertThrows(ProblemException.class, () -> validator.validate(new JsonObject()
        .put("maxBalance", 0).put("allowedTypes", new JsonArray().add("PLASTIC")).put("defaultExpiryMonths", 121)
        .put("currency", "EUR")));
    assertEquals(List.of(
            new FieldError("maxBalance", "must be between 1 and 100000000000"),
            new FieldError("allowedTypes", "must list card types out of PHYSICAL, DIGITAL"),
            new FieldError("defaultExpiryMonths", "must be between 1 and 120"),
            new FieldError("currency", "unknown field")),
        problem.problem().errors());
    assertEquals(List.of(new FieldError("allowedTypes", "must list at least one card type")),
        assertThrows(ProblemException.class, () -> validator.validate(new JsonObject().put("allowedTypes", new JsonArray())))
            .problem().errors());
  }
}
