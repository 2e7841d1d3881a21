package dev.patron.server.http.contract;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;

/**
 * Builds the document served at {@code /api/v1/openapi.json}: the core's own, the plugins' placed
 * fragments, and on every operation the responses every route can give, so no operation leaves
 * its errors undescribed: any 4xx or 5xx is a problem document, and a restaurant's routes answer
 * 429 with the rate-limit fields. The event types plugins declare
 * ({@link PluginFragment#EVENTS}) give {@code PluginEvent} a {@code data} schema per type.
 */
public final class OpenApiAssembler {

  private static final JsonObject PROBLEM = new JsonObject().put("$ref", "#/components/responses/Problem");
  private static final JsonObject RATE_LIMITED = new JsonObject().put("$ref", "#/components/responses/RateLimited");
  /** The schema component in a plugin's fragment that describes its section of the customer overview. */
  public static final String OVERVIEW_SECTION = "CustomerOverviewSection";

  private OpenApiAssembler() {
  }

  /** The core's own document, {@code openapi.json} in the server jar. */
  public static JsonObject core() {
    try (InputStream in = OpenApiAssembler.class.getResourceAsStream("/openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the server jar");
      }
      return new JsonObject(Buffer.buffer(in.readAllBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param fragments placed fragments ({@link PluginFragment#place}) by plugin id, with each
   *     plugin's version for its tag
   */
  public static JsonObject assemble(JsonObject core, Map<String, PlacedFragment> fragments) {
    JsonObject document = core.copy();
    JsonObject paths = document.getJsonObject("paths");
    JsonObject components = document.getJsonObject("components");
    JsonArray tags = document.getJsonArray("tags", new JsonArray());
    fragments.forEach((pluginId, placed) -> {
      placed.fragment().getJsonObject("paths").forEach(path -> paths.put(path.getKey(), path.getValue()));
      placed.fragment().getJsonObject("components").forEach(kind -> {
        JsonObject target = components.getJsonObject(kind.getKey());
        if (target == null) {
          target = new JsonObject();
          components.put(kind.getKey(), target);
        }
        target.mergeIn((JsonObject) kind.getValue());
      });
      placed.fragment().getJsonObject(PluginFragment.EVENTS, new JsonObject())
          .forEach(event -> describeEvent(components, event.getKey(), (JsonObject) event.getValue()));
      tags.add(new JsonObject().put("name", pluginId)
          .put("description", "Plugin " + pluginId + " " + placed.version() + ": routes under /api/v1/plugins/" + pluginId + "/"));
    });
    document.put("tags", tags);
    linkOverviewSections(components.getJsonObject("schemas", new JsonObject()), fragments.keySet());
    OpenApiOperations.forEach(paths, (path, item, method, operation) -> {
      JsonObject responses = operation.getJsonObject("responses");
      if (heldToRateLimits(path) && !responses.containsKey("429")) {
        responses.put("429", RATE_LIMITED.copy());
      }
      if (!responses.containsKey("4XX")) {
        responses.put("4XX", PROBLEM.copy());
      }
      if (!responses.containsKey("5XX")) {
        responses.put("5XX", PROBLEM.copy());
      }
    });
    return document;
  }

  /** A restaurant's routes (the core's and the plugins'), which the request rate limits hold to. */
  private static boolean heldToRateLimits(String path) {
    return path.startsWith("/api/v1/") && !path.startsWith("/api/v1/admin/") && !path.startsWith("/api/v1/auth/")
        && !path.equals("/api/v1/openapi.json");
  }

  /**
   * Describes {@code sections.<pluginId>} of the customer overview by each plugin's own section
   * schema: a fragment cannot add to the core's schemas, so the host links them.
   */
  private static void linkOverviewSections(JsonObject schemas, Set<String> pluginIds) {
    JsonObject overview = schemas.getJsonObject("CustomerOverview");
    if (overview == null) {
      return;
    }
    JsonObject sections = overview.getJsonObject("properties").getJsonObject("sections");
    JsonObject properties = sections.getJsonObject("properties", new JsonObject());
    for (String pluginId : pluginIds) {
      String name = pluginId + "." + OVERVIEW_SECTION;
      if (schemas.containsKey(name)) {
        properties.put(pluginId, new JsonObject().put("$ref", "#/components/schemas/" + name));
      }
    }
    sections.put("properties", properties);
  }

  /**
   * Adds to {@code PluginEvent}: when {@code type} is this type, {@code data} follows the plugin's
   * schema (or is null, erased by an archive). Types no plugin declares keep an open {@code data}.
   */
  private static void describeEvent(JsonObject components, String type, JsonObject dataSchema) {
    JsonObject pluginEvent = components.getJsonObject("schemas").getJsonObject("PluginEvent");
    JsonArray cases = pluginEvent.getJsonArray("allOf");
    if (cases == null) {
      cases = new JsonArray();
      pluginEvent.put("allOf", cases);
    }
    cases.add(new JsonObject()
        .put("if", new JsonObject().put("required", new JsonArray().add("type"))
            .put("properties", new JsonObject().put("type", new JsonObject().put("const", type))))
        .put("then", new JsonObject().put("properties", new JsonObject().put("data", new JsonObject()
            .put("oneOf", new JsonArray().add(dataSchema).add(new JsonObject().put("type", "null")))))));
    JsonObject typeProperty = pluginEvent.getJsonObject("properties").getJsonObject("type");
    JsonArray examples = typeProperty.getJsonArray("examples");
    if (examples == null) {
      examples = new JsonArray();
      typeProperty.put("examples", examples);
    }
    examples.add(type);
  }

  /** A plugin's fragment as placed in the host's document. */
  public record PlacedFragment(String version, JsonObject fragment) {
  }
}
