package dev.patron.plugins.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ResourceTemplateTest {

  private record Fields(String code, boolean active, String note) implements ResourceFields {
    @Override
    public JsonObject toJson() {
      JsonObject json = new JsonObject().put("code", code).put("active", active);
      return note == null ? json : json.put("note", note);
    }

    @Override
    public List<String> optionalFields() {
      return List.of("note");
    }
  }

  private record Thing(UUID id, Fields fields, long version, Instant createdAt, Instant updatedAt)
      implements StoredResource<Fields> {
  }

  /** The names the migrations of the bundled plugins use: the conventions must keep matching them. */
  @Test
  void derivesEveryNameFromThree() {
    ResourceNames profiles = new ResourceNames("order-profiles", "profiles", "profile");
    assertEquals("order_profiles", profiles.schema());
    assertEquals("profiles_code_key", profiles.codeKey());
    assertEquals("/profiles", profiles.route());
    assertEquals("profileId", profiles.idParameter());
    assertEquals("/api/v1/plugins/order-profiles/profiles/", profiles.locationPrefix());
    assertEquals("profiles.create", profiles.createScope());
    assertEquals("order-profiles.profile.deleted", profiles.deletedEvent());
    assertEquals("defaultProfileId", profiles.defaultField());
    assertEquals("profile_id", profiles.mirrorColumn());
    assertThrows(IllegalArgumentException.class, () -> new ResourceNames("Order", "profiles", "profile"));
    assertThrows(IllegalArgumentException.class, () -> new ResourceNames("orders", "pro-files", "profile"));
    assertThrows(IllegalArgumentException.class, () -> new ResourceNames("orders", "profiles", "Profile"));
  }

  @Test
  void writesTheEnvelopeAroundTheFieldsWithUnsetOnesAsNull() {
    Instant at = Instant.parse("2026-07-01T12:00:00Z");
    UUID id = UUID.randomUUID();
    JsonObject json = new Thing(id, new Fields("HALL", true, null), 3, at, at).toJson();
    assertEquals(List.of("id", "note", "code", "active", "version", "createdAt", "updatedAt"), List.copyOf(json.fieldNames()));
    assertEquals(new JsonObject().put("id", id.toString()).putNull("note").put("code", "HALL").put("active", true)
        .put("version", 3L).put("createdAt", at.toString()).put("updatedAt", at.toString()), json);
    assertEquals("\"3\"", new Thing(id, new Fields("HALL", true, "x"), 3, at, at).etag());
  }

  @Test
  void aFieldsReaderRefusesTheEnvelope() {
    var in = StoredResource.fieldsInput(new JsonObject().put("id", "x").put("updatedAt", "y"));
    assertEquals(List.of("id: is read-only", "updatedAt: is read-only"),
        in.errors().stream().map(e -> e.field() + ": " + e.message()).toList());
  }
}
