package dev.patron.server.plugins;

import io.vertx.core.Future;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * Wraps a plugin's extension once, when it is loaded, so that every call into it runs with the
 * plugin's class loader as the thread's context class loader (for libraries that look classes up
 * there) and a method returning a future never throws into the host: a throw, or a {@code null}
 * future, becomes a failed future. The host's call sites then call extensions as plain objects.
 * Kill Bill's {@code ContextClassLoaderHelper} is the model.
 */
public final class ContextClassLoaderProxy implements InvocationHandler {

  /** Implemented by every wrapped extension, so the host can still see what the plugin wrote. */
  interface Wrapped {
    Object unwrapped();
  }

  private final Object target;
  private final ClassLoader classLoader;
  private final String pluginId;

  private ContextClassLoaderProxy(Object target, ClassLoader classLoader, String pluginId) {
    this.target = target;
    this.classLoader = classLoader;
    this.pluginId = pluginId;
  }

  static <T> T wrap(Class<T> extensionPoint, T extension, ClassLoader classLoader, String pluginId) {
    Object proxy = Proxy.newProxyInstance(extensionPoint.getClassLoader(), new Class<?>[] {extensionPoint, Wrapped.class},
        new ContextClassLoaderProxy(extension, classLoader, pluginId));
    return extensionPoint.cast(proxy);
  }

  /** The plugin's own class behind a wrapped extension (for checks such as "does it override X"). */
  public static Class<?> pluginClass(Object extension) {
    return extension instanceof Wrapped wrapped ? wrapped.unwrapped().getClass() : extension.getClass();
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    if (method.getDeclaringClass() == Object.class) {
      return objectMethod(proxy, method, args);
    }
    if (method.getDeclaringClass() == Wrapped.class) {
      return target;
    }
    boolean returnsFuture = Future.class.isAssignableFrom(method.getReturnType());
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(classLoader);
    try {
      Object result = method.invoke(target, args);
      if (returnsFuture && result == null) {
        return Future.failedFuture(new IllegalStateException(
            "plugin " + pluginId + " returned no future from " + method.getName()));
      }
      return result;
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (returnsFuture && (cause instanceof RuntimeException || cause instanceof LinkageError
          || cause instanceof StackOverflowError)) {
        return Future.failedFuture(cause);
      }
      throw cause;
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private Object objectMethod(Object proxy, Method method, Object[] args) {
    return switch (method.getName()) {
      case "equals" -> proxy == args[0];
      case "hashCode" -> System.identityHashCode(proxy);
      default -> "plugin " + pluginId + " " + target;
    };
  }
}
