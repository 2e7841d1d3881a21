package dev.patron.server.plugins;

import io.vertx.core.Future;
import java.util.function.Supplier;

/**
 * Calls into a plugin: with the plugin's class loader as the thread's context class loader (for
 * libraries that look classes up there), and with anything the plugin throws turned into a failed
 * future instead of escaping into the host.
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

  /** Runs a plugin call that returns a future; a throw or a {@code null} becomes a failed future. */
  public static <T> Future<T> invoke(LoadedPlugin plugin, Supplier<Future<T>> call) {
    try {
      Future<T> result = withClassLoader(plugin.classLoader(), call);
      return result != null ? result
          : Future.failedFuture(new IllegalStateException("plugin " + plugin.id() + " returned no future"));
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      return Future.failedFuture(e);
    }
  }
}
