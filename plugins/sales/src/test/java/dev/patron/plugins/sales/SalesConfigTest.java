package dev.patron.plugins.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.patron.api.problem.ProblemException;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

class SalesConfigTest {

  private final SalesConfig config = new SalesConfig();

  @Test
  void pricesIncludeTaxUnlessTheRestaurantSaysOtherwise() {
    assertEquals(new JsonObject().put("pricesIncludeTax", true), config.validate(new JsonObject()));
    assertEquals(new JsonObject().put("pricesIncludeTax", false),
        config.validate(new JsonObject().put("pricesIncludeTax", false)));
    assertEquals(false, SalesSettings.from(new JsonObject().put("pricesIncludeTax", false)).pricesIncludeTax());
    assertEquals(true, SalesSettings.from(new JsonObject()).pricesIncludeTax());
  }

  @Test
  void refusesAnythingElse() {
    ProblemException refused = assertThrows(ProblemException.class,
        () -> config.validate(new JsonObject().put("pricesIncludeTax", "yes").put("taxRate", 20)));
    assertEquals(2, refused.problem().errors().size());
  }
}
