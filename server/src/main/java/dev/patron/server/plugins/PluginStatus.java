package dev.patron.server.plugins;

import io.vertx.core.json.JsonObject;

/**
 * What the host made of one plugin: {@code STARTED}, or why not — {@code DISABLED} (its {@code
 * Plugin-Requires} does not match this SDK) or {@code FAILED} (it did not load, migrate or start).
 */
public record PluginStatus(String id, String version, String description, String provider, String requires,
    String state, String failure, String path) {

  public static final String STARTED = "STARTED";
  public static final String DISABLED = "DISABLED";
  public static final String FAILED = "FAILED";

  /** This status turned into a failure for {@code reason}. */
  public PluginStatus failed(String reason) {
    return new PluginStatus(id, version, description, provider, requires, FAILED, reason, path);
  }

  public boolean started() {
    return STARTED.equals(state);
  }

  public JsonObject toJson() {
    return new JsonObject()
        .put("id", id)
        .put("version", version)
        .put("description", description)
        .put("provider", provider)
        .put("requires", requires)
        .put("state", state)
        .put("failure", failure)
        .put("path", path);
  }
}
