package dev.patron.server.plugins;

import java.util.function.Supplier;

/**
 * Runs host code on a plugin's behalf with the plugin's class loader as the thread's context class
 * loader: its migrations, and the routing into its router. Calls into the plugin's extensions need
 * no such care: they are wrapped once at load ({@link ContextClassLoaderProxy}).
 */
public final class PluginCalls {

  private PluginCalls() {
  }

  public static <T> T withClassLoader(ClassLoader classLoader, Supplier<T> call) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(classLoader);
    try {
      return call.get();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
