package dev.patron.server.http.contract;

import dev.patron.api.tenant.StaffRole;
import dev.patron.core.event.EventTypes;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A plugin's OpenAPI fragment ({@value #RESOURCE} in its jar), placed into the host's document:
 * paths move under the plugin's mount point, the fragment's own components are renamed {@code
 * <pluginId>.<Name>} (so two plugins may both call a schema {@code Settings}), and each operation
 * is tagged with the plugin and secured by the tenant key. References to anything but its own
 * components must name one the host's document defines ({@code Problem}, {@code Money}, {@code
 * Limit} ...).
 *
 * <p>A fragment may also describe the plugin's own events: {@value #EVENTS} maps each of its event
 * types to the schema of that event's {@code data}; the host links them into its {@code PluginEvent}
 * schema ({@link OpenApiAssembler}).
 */
public final class PluginFragment {

  /** Where a plugin jar carries its fragment. */
  public static final String RESOURCE = "META-INF/patron/openapi.json";
  /** Operation extension naming the plugin that serves it. */
  public static final String PLUGIN_EXTENSION = "x-patron-plugin";
  /** Fragment member mapping each of the plugin's event types to the schema of its {@code data}. */
  public static final String EVENTS = "x-patron-events";

  private PluginFragment() {
  }

  /**
   * The fragment rewritten for the host's document.
   *
   * @throws IllegalArgumentException naming what is wrong, when the fragment cannot be placed
   */
  /** Who may call a restaurant's routes: an API key or a staff user's session cookie. */
  public static final JsonArray TENANT_SECURITY = new JsonArray()
      .add(new JsonObject().put("tenantKey", new JsonArray()))
      .add(new JsonObject().put("staffSession", new JsonArray()));

  public static JsonObject place(String pluginId, JsonObject fragment, JsonObject host, String mountPoint) {
    JsonObject copy = fragment.copy();
    JsonObject paths = copy.getJsonObject("paths");
    if (paths == null || paths.isEmpty()) {
      throw new IllegalArgumentException("it has no paths");
    }
    JsonObject components = copy.getJsonObject("components", new JsonObject());
    JsonObject hostComponents = host.getJsonObject("components", new JsonObject());
    rewriteRefs(copy, pluginId, components, hostComponents);

    JsonObject placedComponents = new JsonObject();
    components.forEach(kind -> {
      JsonObject renamed = new JsonObject();
      ((JsonObject) kind.getValue()).forEach(entry -> renamed.put(pluginId + "." + entry.getKey(), entry.getValue()));
      placedComponents.put(kind.getKey(), renamed);
    });

    JsonObject placedPaths = new JsonObject();
    paths.forEach(path -> {
      if (!path.getKey().startsWith("/")) {
        throw new IllegalArgumentException("path '" + path.getKey() + "' must start with /");
      }
      placedPaths.put(mountPoint + path.getKey(), path.getValue());
    });
    Set<String> operationIds = new HashSet<>();
    OpenApiOperations.forEach(placedPaths, (path, item, method, operation) -> {
      String id = operation.getString("operationId");
      if (id != null && !operationIds.add(id)) {
        throw new IllegalArgumentException("operationId '" + id + "' is used twice");
      }
      operation.put("tags", new JsonArray().add(pluginId));
      operation.put(PLUGIN_EXTENSION, pluginId);
      StaffRole role = Operation.declaredRole(method, operation.getValue(Operation.ROLE_EXTENSION));
      if (role == null) {
        throw new IllegalArgumentException(method.toUpperCase(java.util.Locale.ROOT) + " " + path + ": "
            + Operation.ROLE_EXTENSION + " must be STAFF, MANAGER or OWNER");
      }
      operation.put(Operation.ROLE_EXTENSION, role.name());
      if (!operation.containsKey("security")) {
        operation.put("security", TENANT_SECURITY.copy());
      }
    });
    JsonObject placed = new JsonObject().put("paths", placedPaths).put("components", placedComponents);
    JsonObject events = events(pluginId, copy);
    return events.isEmpty() ? placed : placed.put(EVENTS, events);
  }

  /** The fragment's event types (each the plugin's own) with their data's schema, refs already placed. */
  private static JsonObject events(String pluginId, JsonObject fragment) {
    Object declared = fragment.getValue(EVENTS);
    if (declared == null) {
      return new JsonObject();
    }
    if (!(declared instanceof JsonObject events)) {
      throw new IllegalArgumentException(EVENTS + " must map event types to schemas");
    }
    events.forEach(entry -> {
      String refusal = EventTypes.refusal(pluginId, entry.getKey());
      if (refusal != null) {
        throw new IllegalArgumentException(EVENTS + ": " + refusal);
      }
      if (!(entry.getValue() instanceof JsonObject)) {
        throw new IllegalArgumentException(EVENTS + ": the schema of '" + entry.getKey() + "' is not an object");
      }
    });
    return events;
  }

  /** Renames references to the fragment's own components; refuses references to nothing. */
  private static void rewriteRefs(Object node, String pluginId, JsonObject own, JsonObject host) {
    if (node instanceof JsonObject object) {
      for (Map.Entry<String, Object> entry : object) {
        if (entry.getKey().equals("$ref") && entry.getValue() instanceof String ref) {
          entry.setValue(rewrite(ref, pluginId, own, host));
        } else {
          rewriteRefs(entry.getValue(), pluginId, own, host);
        }
      }
    } else if (node instanceof JsonArray array) {
      array.forEach(item -> rewriteRefs(item, pluginId, own, host));
    }
  }

  private static String rewrite(String ref, String pluginId, JsonObject own, JsonObject host) {
    String[] parts = ref.split("/");
    if (parts.length != 4 || !parts[0].equals("#") || !parts[1].equals("components")) {
      throw new IllegalArgumentException("$ref '" + ref + "' must point into #/components/");
    }
    String kind = parts[2];
    String name = parts[3];
    if (own.getJsonObject(kind, new JsonObject()).containsKey(name)) {
      return "#/components/" + kind + "/" + pluginId + "." + name;
    }
    if (host.getJsonObject(kind, new JsonObject()).containsKey(name)) {
      return ref;
    }
    throw new IllegalArgumentException("$ref '" + ref + "' names a component neither the fragment nor the host defines");
  }
}
