package dev.patron.plugins.invoicing.http;

import dev.patron.kit.http.Versions;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

/** Sends a rendered document (PDF or XML) under a file name made of its number. */
final class DocumentResponses {

  private DocumentResponses() {
  }

  static Future<Void> send(RoutingContext rc, Buffer document, String mediaType, String number, String extension,
      long version) {
    return rc.response()
        .putHeader("Content-Type", mediaType)
        .putHeader("Content-Disposition", "inline; filename=\"" + fileName(number) + "." + extension + "\"")
        .putHeader("ETag", Versions.etag(version))
        .end(document);
  }

  /** The number with anything but letters, digits, '.', '_' and '-' replaced, for a file name. */
  static String fileName(String number) {
    return number.replaceAll("[^A-Za-z0-9._-]", "_");
  }
}
