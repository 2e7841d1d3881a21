package dev.patron.api.plugin;

import io.vertx.ext.web.Router;
import org.pf4j.ExtensionPoint;

/**
 * Contributes HTTP routes. The host mounts {@code router} at {@code /api/v1/plugins/<pluginId>/}
 * behind its authentication: a request reaches these routes only with a valid tenant API key of a
 * tenant that enabled the plugin (any other tenant gets 404). Read the tenant and this plugin's
 * configuration with {@link PluginRequest}.
 *
 * <p>The host parses and bounds bodies, and renders a failed request whose cause is a {@link
 * dev.patron.api.problem.ProblemException} as problem details; any other failure is a 500 that
 * names the plugin.
 */
public interface RouteContributor extends ExtensionPoint {

  /**
   * Adds this plugin's routes to {@code router}, with paths relative to the mount point (e.g.
   * {@code /cards/:id}). Called once per event loop at start.
   */
  void contribute(Router router, PluginContext context);
}
