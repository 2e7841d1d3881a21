package dev.patron.plugins.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.patron.api.problem.ProblemException;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The cases of the plugins' former DefaultProfileExtensionTest and DefaultDiscountExtensionTest. */
class DefaultFieldTest {

  private static final DefaultField PROFILE = new DefaultField("order-profiles", "defaultProfileId");
  private static final DefaultField DISCOUNT = new DefaultField("discounts", "defaultDiscountId");

  private static List<String> errors(DefaultField field, JsonObject namespace) {
    ProblemException problem = assertThrows(ProblemException.class, () -> field.read(namespace));
    assertEquals(400, problem.problem().status());
    return problem.problem().errors().stream().map(e -> e.field() + ": " + e.message()).toList();
  }

  @Test
  void readsTheDefault() {
    UUID id = UUID.randomUUID();
    UUID read = PROFILE.read(new JsonObject().put("defaultProfileId", id.toString().toUpperCase()));
    assertEquals(id, read);
    assertEquals(new JsonObject().put("defaultProfileId", id.toString()), PROFILE.namespace(read),
        "stored in lower case");
    assertEquals(new JsonObject().put("defaultDiscountId", id.toString()),
        DISCOUNT.namespace(DISCOUNT.read(new JsonObject().put("defaultDiscountId", id.toString().toUpperCase()))));
  }

  @Test
  void anEmptyNamespaceIsNoDefault() {
    assertNull(PROFILE.read(new JsonObject()));
    assertNull(PROFILE.read(null));
    assertNull(DISCOUNT.read(new JsonObject()));
    assertNull(PROFILE.namespace(PROFILE.read(new JsonObject())), "the namespace is removed");
    assertNull(DISCOUNT.namespace(DISCOUNT.read(null)), "no default: the namespace is removed");
  }

  @Test
  void reportsErrorsAtThePathTheClientWrote() {
    assertEquals(List.of("extensions.order-profiles.defaultProfileId: must be an id (UUID)",
            "extensions.order-profiles.tier: unknown field"),
        errors(PROFILE, new JsonObject().put("defaultProfileId", "abc").put("tier", "gold")));
    assertEquals(List.of("extensions.discounts.defaultDiscountId: must be an id (UUID)",
            "extensions.discounts.stack: unknown field"),
        errors(DISCOUNT, new JsonObject().put("defaultDiscountId", true).put("stack", true)));
    assertEquals("extensions.order-profiles.defaultProfileId", PROFILE.path());
  }

  @Test
  void aStoredValueIsReadLeniently() {
    assertNull(PROFILE.stored(new JsonObject().put("defaultProfileId", 42)));
    assertNull(DISCOUNT.stored(new JsonObject().put("defaultDiscountId", "?")));
    assertNull(PROFILE.stored(null));
    UUID id = UUID.randomUUID();
    assertEquals(id, PROFILE.stored(new JsonObject().put("defaultProfileId", id.toString())));
  }
}
