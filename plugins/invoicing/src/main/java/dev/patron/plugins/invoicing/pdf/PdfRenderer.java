package dev.patron.plugins.invoicing.pdf;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import java.util.concurrent.Callable;

/**
 * Renders documents on a worker thread: layout is blocking, CPU-bound work that must never run on
 * an event loop. The worker runs with the plugin's class loader as context class loader, so the
 * PDF libraries find their resources as they would on the calling thread.
 */
public final class PdfRenderer {

  private final Vertx vertx;

  public PdfRenderer(Vertx vertx) {
    this.vertx = vertx;
  }

  /** Runs {@code layout} off the event loop; its bytes as a buffer. */
  public Future<Buffer> render(Callable<byte[]> layout) {
    ClassLoader pluginLoader = PdfRenderer.class.getClassLoader();
    return vertx.executeBlocking(() -> {
      Thread thread = Thread.currentThread();
      ClassLoader previous = thread.getContextClassLoader();
      thread.setContextClassLoader(pluginLoader);
      try {
        return Buffer.buffer(layout.call());
      } finally {
        thread.setContextClassLoader(previous);
      }
    }, false);
  }
}
