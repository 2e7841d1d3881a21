package dev.patron.server.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

class ContextClassLoaderProxyTest {

  interface Extension {
    Future<String> work();

    default String describe() {
      return "default";
    }
  }

  private final ClassLoader pluginLoader = new URLClassLoader(new URL[0], getClass().getClassLoader());

  private Extension wrap(Extension extension) {
    return ContextClassLoaderProxy.wrap(Extension.class, extension, pluginLoader, "test");
  }

  @Test
  void callsRunWithThePluginsClassLoaderAndRestoreTheCallers() {
    ClassLoader before = Thread.currentThread().getContextClassLoader();
    Extension proxy = wrap(() -> Future.succeededFuture(
        Thread.currentThread().getContextClassLoader() == pluginLoader ? "plugin loader" : "other"));
    assertEquals("plugin loader", proxy.work().result());
    assertEquals("default", proxy.describe());
    assertSame(before, Thread.currentThread().getContextClassLoader());
  }

  @Test
  void aThrowOrANullFutureBecomesAFailedFuture() {
    Future<String> thrown = wrap(() -> {
      throw new IllegalStateException("boom");
    }).work();
    assertTrue(thrown.failed());
    assertEquals("boom", thrown.cause().getMessage());
    Future<String> none = wrap(() -> null).work();
    assertTrue(none.failed());
    assertTrue(none.cause().getMessage().contains("plugin test returned no future"));
  }

  @Test
  void aThrowFromAMethodWithoutAFutureStillReachesTheCaller() {
    Extension proxy = wrap(new Extension() {
      @Override
      public Future<String> work() {
        return Future.succeededFuture();
      }

      @Override
      public String describe() {
        throw new IllegalArgumentException("bad");
      }
    });
    assertEquals("bad", assertThrows(IllegalArgumentException.class, proxy::describe).getMessage());
  }
}
