package dev.patron.core.tenant;

import io.vertx.core.json.JsonObject;
import java.time.Instant;

/** A plugin's enablement and configuration for one tenant. */
public record TenantPlugin(String pluginId, boolean enabled, JsonObject config, long version, Instant createdAt,
    Instant updatedAt) {

  public JsonObject toJson() {
    return new JsonObject()
        .put("pluginId", pluginId)
        .put("enabled", enabled)
        .put("config", config)
        .put("version", version)
        .put("createdAt", createdAt.toString())
        .put("updatedAt", updatedAt.toString());
  }
}
