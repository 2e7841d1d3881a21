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
 * its errors undescribed: any 4xx or 5xx is a problem document.
 */
public final class OpenApiAssembler {

  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
  private static final JsonObject PROBLEM = new JsonObject().put("$ref", "#/components/responses/Problem");

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
      tags.add(new JsonObject().put("name", pluginId)
          .put("description", "Plugin " + pluginId + " " + placed.version() + ": routes under /api/v1/plugins/" + pluginId + "/"));
    });
    document.put("tags", tags);
    paths.forEach(path -> ((JsonObject) path.getValue()).forEach(entry -> {
      if (METHODS.contains(entry.getKey())) {
        JsonObject responses = ((JsonObject) entry.getValue()).getJsonObject("responses");
        if (!responses.containsKey("4XX")) {
          responses.put("4XX", PROBLEM.copy());
        }
        if (!responses.containsKey("5XX")) {
          responses.put("5XX", PROBLEM.copy());
        }
      }
    }));
    return document;
  }

  /** A plugin's fragment as placed in the host's document. */
  public record PlacedFragment(String version, JsonObject fragment) {
  }
}
