package dev.patron.plugins.discounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.api.problem.ProblemException;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DefaultDiscountExtensionTest {

  @Test
  void readsTheDefaultDiscount() {
    UUID id = UUID.randomUUID();
    DefaultDiscountExtension extension = DefaultDiscountExtension.read(
        new JsonObject().put("defaultDiscountId", id.toString().toUpperCase()));
    assertEquals(id, extension.defaultDiscountId());
    assertEquals(new JsonObject().put("defaultDiscountId", id.toString()), extension.toJson());
    assertTrue(DefaultDiscountExtension.read(new JsonObject()).isEmpty());
    assertNull(DefaultDiscountExtension.read(null).toJson(), "no default: the namespace is removed");
  }

  @Test
  void reportsErrorsAtThePathTheClientWrote() {
    ProblemException problem = assertThrows(ProblemException.class, () -> DefaultDiscountExtension.read(
        new JsonObject().put("defaultDiscountId", true).put("stack", true)));
    assertEquals(List.of("extensions.discounts.defaultDiscountId: must be an id (UUID)",
            "extensions.discounts.stack: unknown field"),
        problem.problem().errors().stream().map(e -> e.field() + ": " + e.message()).toList());
    assertNull(DefaultDiscountExtension.storedDefault(new JsonObject().put("defaultDiscountId", "?")));
  }
}
