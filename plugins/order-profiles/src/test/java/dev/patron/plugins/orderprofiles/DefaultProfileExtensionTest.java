package dev.patron.plugins.orderprofiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.api.problem.ProblemException;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DefaultProfileExtensionTest {

  private static List<String> errors(JsonObject namespace) {
    ProblemException problem = assertThrows(ProblemException.class, () -> DefaultProfileExtension.read(namespace));
    return problem.problem().errors().stream().map(e -> e.field() + ": " + e.message()).toList();
  }

  @Test
  void readsTheDefaultProfile() {
    UUID id = UUID.randomUUID();
    DefaultProfileExtension extension = DefaultProfileExtension.read(
        new JsonObject().put("defaultProfileId", id.toString().toUpperCase()));
    assertEquals(id, extension.defaultProfileId());
    assertEquals(new JsonObject().put("defaultProfileId", id.toString()), extension.toJson(), "stored in lower case");
  }

  @Test
  void anEmptyNamespaceIsNoDefault() {
    assertTrue(DefaultProfileExtension.read(new JsonObject()).isEmpty());
    assertTrue(DefaultProfileExtension.read(null).isEmpty());
    assertNull(DefaultProfileExtension.read(new JsonObject()).toJson(), "the namespace is removed");
  }

  @Test
  void reportsErrorsAtThePathTheClientWrote() {
    assertEquals(List.of("extensions.order-profiles.defaultProfileId: must be an id (UUID)",
            "extensions.order-profiles.tier: unknown field"),
        errors(new JsonObject().put("defaultProfileId", "abc").put("tier", "gold")));
  }

  @Test
  void aStoredValueIsReadLeniently() {
    assertNull(DefaultProfileExtension.storedDefault(new JsonObject().put("defaultProfileId", 42)));
    UUID id = UUID.randomUUID();
    assertEquals(id, DefaultProfileExtension.storedDefault(new JsonObject().put("defaultProfileId", id.toString())));
  }
}
