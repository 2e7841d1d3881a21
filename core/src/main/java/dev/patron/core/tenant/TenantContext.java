package dev.patron.core.tenant;

import dev.patron.api.event.Actor;
import dev.patron.api.tenant.Tenant;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.Set;

/**
 * The tenant a request acts for, with its plugin settings: which plugins it enabled (with their
 * configuration) and which it has ever enabled (archive hooks run for those too), and who acts
 * ({@code actor}: the events of its writes name them). A context read from the database has no
 * actor yet; a write needs one ({@link #actedBy}). {@code limits} is the admin's override of its
 * request rate limits.
 */
public record TenantContext(Tenant tenant, Map<String, JsonObject> enabledPlugins, Set<String> pluginsEverEnabled,
    RequestLimits limits, Actor actor) {

  public TenantContext {
    enabledPlugins = Map.copyOf(enabledPlugins);
    pluginsEverEnabled = Set.copyOf(pluginsEverEnabled);
    limits = limits == null ? RequestLimits.DEFAULTS : limits;
  }

  public TenantContext(Tenant tenant, Map<String, JsonObject> enabledPlugins, Set<String> pluginsEverEnabled) {
    this(tenant, enabledPlugins, pluginsEverEnabled, RequestLimits.DEFAULTS, null);
  }

  /** The same tenant, acted on by {@code who}. */
  public TenantContext actedBy(Actor who) {
    return new TenantContext(tenant, enabledPlugins, pluginsEverEnabled, limits, who);
  }

  /** The same tenant with only these plugins enabled. */
  public TenantContext withEnabledPlugins(Map<String, JsonObject> plugins) {
    return new TenantContext(tenant, plugins, pluginsEverEnabled, limits, actor);
  }

  /** Who acts; fails when no one was named, so no write records a guessed actor. */
  public Actor requireActor() {
    if (actor == null) {
      throw new IllegalStateException("no actor for this write in tenant " + tenant.id());
    }
    return actor;
  }

  /** A tenant with no plugins. */
  public static TenantContext of(Tenant tenant) {
    return new TenantContext(tenant, Map.of(), Set.of());
  }

  public boolean pluginEnabled(String pluginId) {
    return enabledPlugins.containsKey(pluginId);
  }

  /** The plugin's configuration for this tenant; empty when it has none. */
  public JsonObject pluginConfig(String pluginId) {
    JsonObject config = enabledPlugins.get(pluginId);
    return config == null ? new JsonObject() : config;
  }

  /** Extension namespaces the tenant may see: those of enabled plugins. */
  public JsonObject visibleExtensions(JsonObject extensions) {
    JsonObject visible = new JsonObject();
    if (extensions != null) {
      for (String pluginId : extensions.fieldNames()) {
        if (enabledPlugins.containsKey(pluginId)) {
          visible.put(pluginId, extensions.getValue(pluginId));
        }
      }
    }
    return visible;
  }
}
