package dev.patron.server.plugins;

import dev.patron.api.plugin.BackOfficePart;
import dev.patron.api.plugin.CustomerHook;
import dev.patron.api.plugin.CustomerOverviewContributor;
import dev.patron.api.plugin.PluginLifecycle;
import dev.patron.api.plugin.RouteContributor;
import dev.patron.api.plugin.TenantConfigValidator;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * A plugin that loaded, migrated and started, with the extensions it contributes.
 *
 * @param overview its section of the customer overview, or {@code null} when it contributes none
 * @param lifecycles its background work, started before the server serves and stopped on shutdown
 * @param openApi its OpenAPI fragment placed for the host's document, or {@code null} when the jar
 *     carries none
 * @param backOffice its parts of the back office, checked ({@code BackOfficeParts})
 */
public record LoadedPlugin(
    String id,
    String version,
    ClassLoader classLoader,
    String schema,
    List<RouteContributor> routes,
    List<CustomerHook> hooks,
    List<SubscribedListener> listeners,
    TenantConfigValidator configValidator,
    CustomerOverviewContributor overview,
    List<PluginLifecycle> lifecycles,
    JsonObject openApi,
    List<BackOfficePart> backOffice) {

  /** Whether one of its listeners asked for events of this type. */
  public boolean listensFor(String type) {
    return listeners.stream().anyMatch(listener -> listener.wants(type));
  }
}
