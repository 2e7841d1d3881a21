package dev.patron.server.plugins.routes;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import dev.patron.server.http.contract.OpenApiOperations;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where a plugin's registered routes and its OpenAPI fragment disagree: routes it registers that
 * the fragment does not describe, and operations the fragment describes that it never registers.
 * Both empty means the merged document is exactly what the plugin serves.
 */
public record RouteDrift(List<String> undocumented, List<String> unregistered) {

  public static final RouteDrift NONE = new RouteDrift(List.of(), List.of());

  /**
   * @param fragment the plugin's placed fragment, or {@code null} when it has none
   * @param mountPoint the prefix its paths carry in the placed fragment
   */
  public static RouteDrift between(Router router, JsonObject fragment, String mountPoint) {
    Set<String> registered = new TreeSet<>();
    for (Route route : router.getRoutes()) {
      if (route.getPath() == null) {
        registered.add("(a regex route; describe it with a path instead)");
        continue;
      }
      String path = route.getPath().replaceAll(":([A-Za-z0-9_]+)", "{$1}");
      Set<HttpMethod> methods = route.methods();
      if (methods == null || methods.isEmpty()) {
        registered.add("ANY " + path);
      } else {
        methods.forEach(method -> registered.add(method.name() + " " + path));
      }
    }
    Set<String> documented = new TreeSet<>();
    if (fragment != null) {
      OpenApiOperations.forEach(fragment.getJsonObject("paths", new JsonObject()), (path, item, method, operation) ->
          documented.add(method.toUpperCase(Locale.ROOT) + " " + path.substring(mountPoint.length())));
    }
    Set<String> undocumented = new TreeSet<>(registered);
    undocumented.removeAll(documented);
    Set<String> unregistered = new TreeSet<>(documented);
    unregistered.removeAll(registered);
    return new RouteDrift(List.copyOf(undocumented), List.copyOf(unregistered));
  }

  public boolean isNone() {
    return undocumented.isEmpty() && unregistered.isEmpty();
  }

  public JsonObject toJson() {
    return new JsonObject().put("undocumentedRoutes", new JsonArray(undocumented))
        .put("unregisteredOperations", new JsonArray(unregistered));
  }
}
