package dev.patron.server.plugins.routes;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What mounting each plugin's routes found, shared by every event loop (each mounts the same
 * routes, so the first report stands) and read by the admin API: plugins whose routes could not be
 * registered, and where registered routes and the plugin's OpenAPI fragment disagree.
 * Thread-safe.
 */
public final class PluginRouteReports {

  private final Map<String, String> failures = new ConcurrentHashMap<>();
  private final Map<String, RouteDrift> drifts = new ConcurrentHashMap<>();

  void failed(String pluginId, String reason) {
    failures.putIfAbsent(pluginId, reason);
  }

  void drift(String pluginId, RouteDrift drift) {
    drifts.putIfAbsent(pluginId, drift);
  }

  /** Why the plugin's routes could not be registered, or {@code null}. */
  public String failure(String pluginId) {
    return failures.get(pluginId);
  }

  /** How its routes and its fragment disagree; {@link RouteDrift#NONE} when they do not (or it has no routes). */
  public RouteDrift drift(String pluginId) {
    return drifts.getOrDefault(pluginId, RouteDrift.NONE);
  }
}
