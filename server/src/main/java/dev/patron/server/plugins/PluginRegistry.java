package dev.patron.server.plugins;

import dev.patron.api.plugin.CustomerHook;
import dev.patron.api.plugin.CustomerOverviewContributor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The running plugins and their extensions, one list per extension type. Immutable; shared by
 * every event loop.
 */
public final class PluginRegistry {

  /** A customer hook and the plugin it belongs to. */
  public record HookBinding(LoadedPlugin plugin, CustomerHook hook) {
  }

  /** An event listener and the plugin it belongs to. */
  public record ListenerBinding(LoadedPlugin plugin, SubscribedListener listener) {
  }

  /** A plugin's section of the customer overview. */
  public record OverviewBinding(LoadedPlugin plugin, CustomerOverviewContributor contributor) {
  }

  public static final PluginRegistry EMPTY = new PluginRegistry(List.of());

  private final Map<String, LoadedPlugin> plugins = new LinkedHashMap<>();
  private final List<HookBinding> hooks = new ArrayList<>();
  private final List<ListenerBinding> listeners = new ArrayList<>();
  private final List<OverviewBinding> overviews = new ArrayList<>();

  public PluginRegistry(List<LoadedPlugin> loaded) {
    loaded.stream().sorted(Comparator.comparing(LoadedPlugin::id)).forEach(plugin -> {
      plugins.put(plugin.id(), plugin);
      plugin.hooks().forEach(hook -> hooks.add(new HookBinding(plugin, hook)));
      plugin.listeners().forEach(listener -> listeners.add(new ListenerBinding(plugin, listener)));
      if (plugin.overview() != null) {
        overviews.add(new OverviewBinding(plugin, plugin.overview()));
      }
    });
    // The documented order: by CustomerHook.order(), then plugin id.
    hooks.sort(Comparator.comparingInt((HookBinding b) -> b.hook().order()).thenComparing(b -> b.plugin().id()));
  }

  /** The same registry without one plugin (whose start failed). */
  public PluginRegistry without(String pluginId) {
    return new PluginRegistry(plugins.values().stream().filter(p -> !p.id().equals(pluginId)).toList());
  }

  public Collection<LoadedPlugin> plugins() {
    return plugins.values();
  }

  /** The running plugin with this id, or {@code null}. */
  public LoadedPlugin find(String id) {
    return plugins.get(id);
  }

  public boolean isRunning(String id) {
    return plugins.containsKey(id);
  }

  /** Every customer hook, in the order they run. */
  public List<HookBinding> customerHooks() {
    return hooks;
  }

  public List<ListenerBinding> listeners() {
    return listeners;
  }

  /** Every plugin's overview contributor, by plugin id. */
  public List<OverviewBinding> overviews() {
    return overviews;
  }
}
