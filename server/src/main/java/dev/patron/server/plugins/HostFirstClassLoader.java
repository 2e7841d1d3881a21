package dev.patron.server.plugins;

import java.util.List;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginManager;

/**
 * A plugin's class loader: the plugin's own classes and libraries first, except the host's
 * packages — the SDK (contract and kit), PF4J, Vert.x, Netty, Jackson and SLF4J — which always come from the host,
 * so a plugin shares the host's types (a {@code Router}, a {@code JsonObject}, an SDK record) even
 * if it bundled a copy by mistake.
 */
final class HostFirstClassLoader extends PluginClassLoader {

  /** Package prefixes a plugin always gets from the host. */
  static final List<String> HOST_PACKAGES = List.of(
      "dev.patron.api.", "dev.patron.kit.", "org.pf4j.", "io.vertx.", "io.netty.", "com.fasterxml.jackson.", "org.slf4j.");

  HostFirstClassLoader(PluginManager manager, PluginDescriptor descriptor, ClassLoader host) {
    super(manager, descriptor, host);
  }

  @Override
  protected boolean shouldDelegateToParent(String className) {
    return isHostClass(className);
  }

  static boolean isHostClass(String className) {
    for (String prefix : HOST_PACKAGES) {
      if (className.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
