package dev.patron.server.http.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.testkit.contract.Exchange;
import dev.patron.testkit.contract.OpenApiContract;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A plugin's fragment declares the data of its event types ({@code x-patron-events}); the served
 * document then holds {@code GET /api/v1/events} answers to them, and to nothing looser.
 */
class PluginEventSchemasTest {

  private static final JsonObject FRAGMENT = new JsonObject()
      .put("paths", new JsonObject().put("/things", new JsonObject().put("get", new JsonObject()
          .put("operationId", "listThings")
          .put("responses", new JsonObject().put("204", new JsonObject().put("description", "none"))))))
      .put("components", new JsonObject().put("schemas", new JsonObject().put("ThingMade", new JsonObject()
          .put("type", "object").put("additionalProperties", false)
          .put("required", new JsonArray().add("name"))
          .put("properties", new JsonObject().put("name", new JsonObject().put("type", "string"))))))
      .put(PluginFragment.EVENTS, new JsonObject()
          .put("things.thing.made", new JsonObject().put("$ref", "#/components/schemas/ThingMade")));

  private final OpenApiContract contract = OpenApiContract.parse(document().encode());

  private static JsonObject document() {
    JsonObject core = OpenApiAssembler.core();
    JsonObject placed = PluginFragment.place("things", FRAGMENT, core, "/api/v1/plugins/things");
    return OpenApiAssembler.assemble(core, Map.of("things", new OpenApiAssembler.PlacedFragment("1.0.0", placed)));
  }

  @Test
  void aDeclaredTypesDataMustFollowItsSchema() {
    assertEquals(List.of(), violations(event("things.thing.made", new JsonObject().put("name", "chair"))));
    assertEquals(List.of(), violations(event("things.thing.made", null)), "erased by an archive");
    List<String> wrong = violations(event("things.thing.made", new JsonObject().put("colour", "red")));
    assertTrue(!wrong.isEmpty() && wrong.get(0).contains("GET /api/v1/events 200"), wrong.toString());
  }

  @Test
  void anUndeclaredTypeKeepsAnOpenObjectButCustomerTypesStayTheCores() {
    assertEquals(List.of(), violations(event("other.thing.done", new JsonObject().put("anything", 1))));
    assertTrue(!violations(event("customer.created", new JsonObject().put("anything", 1))).isEmpty(),
        "a customer event must have customerId and a customer as data");
    assertTrue(!violations(event("Things.Made", new JsonObject())).isEmpty());
  }

  @Test
  void aFragmentCannotDeclareAnotherPluginsType() {
    JsonObject foreign = FRAGMENT.copy().put(PluginFragment.EVENTS, new JsonObject()
        .put("gift-cards.activity.recorded", new JsonObject().put("type", "object")));
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> PluginFragment.place("things", foreign, OpenApiAssembler.core(), "/api/v1/plugins/things"));
    assertTrue(refused.getMessage().contains("must start with this plugin's id and a dot ('things.')"),
        refused.getMessage());
  }

  private static JsonObject event(String type, JsonObject data) {
    return new JsonObject().put("id", "0b7c3f7e-3c1e-4a51-9a53-1a0f3c2d4e5f").put("type", type)
        .put("subjectId", "5d2a1b3c-4e5f-4a6b-8c7d-9e0f1a2b3c4d").put("occurredAt", "2026-12-01T10:00:00Z")
        .put("position", "7-1").put("actor", new JsonObject().put("type", "plugin").put("id", "things"))
        .put("data", data);
  }

  private List<String> violations(JsonObject event) {
    String body = new JsonObject().put("items", new JsonArray().add(event)).put("nextCursor", "7-1").encode();
    return contract.violations(new Exchange("GET", "/api/v1/events", Map.of(), null, 200, "application/json",
        body.getBytes(StandardCharsets.UTF_8)));
  }
}
