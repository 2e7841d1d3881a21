package dev.patron.plugins.invoicing.pdf;

import dev.patron.plugins.invoicing.invoice.InvoiceDetails;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import java.time.ZoneId;

/**
 * Renders invoice PDFs on a worker thread: layout is blocking, CPU-bound work that must never run
 * on an event loop. The worker runs with the plugin's class loader as context class loader, so
 * OpenPDF finds its font metrics as it would on the calling thread.
 */
public final class PdfRenderer {

  private final Vertx vertx;

  public PdfRenderer(Vertx vertx) {
    this.vertx = vertx;
  }

  public Future<Buffer> render(InvoiceDetails details, String restaurant, ZoneId zone) {
    ClassLoader pluginLoader = PdfRenderer.class.getClassLoader();
    return vertx.executeBlocking(() -> {
      Thread thread = Thread.currentThread();
      ClassLoader previous = thread.getContextClassLoader();
      thread.setContextClassLoader(pluginLoader);
      try {
        return Buffer.buffer(InvoicePdf.render(details, restaurant, zone));
      } finally {
        thread.setContextClassLoader(previous);
      }
    }, false);
  }
}
