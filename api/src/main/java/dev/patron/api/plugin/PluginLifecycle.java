package dev.patron.api.plugin;

import io.vertx.core.Future;
import org.pf4j.ExtensionPoint;

/**
 * A plugin's background work (timers, consumers, caches to warm), started and stopped by the host
 * at sanctioned moments rather than from PF4J's {@code Plugin.start()}, which runs before the
 * plugin has a database or an event loop.
 *
 * <p><b>Start:</b> called once, after the plugin's migrations and before the server takes
 * requests, on the host's lifecycle event loop, with a {@link PluginContext} bound to it. A start
 * that fails (or takes longer than the host's limit, 10 s) keeps the whole plugin from running:
 * it is reported as {@code FAILED} with the reason, and its routes, hooks and listeners are not
 * used.
 *
 * <p><b>Stop:</b> called once on shutdown, before the host closes the plugin's database
 * connections; the host waits for the returned future (up to the same limit), so in-flight work
 * can drain. Stop is called only for plugins whose start succeeded.
 *
 * <p>Both run on an event loop: never block it.
 */
public interface PluginLifecycle extends ExtensionPoint {

  default Future<Void> start(PluginContext context) {
    return Future.succeededFuture();
  }

  default Future<Void> stop() {
    return Future.succeededFuture();
  }
}
