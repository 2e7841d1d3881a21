package dev.patron.server.http.ui;

import dev.patron.api.plugin.BackOfficePart;
import dev.patron.server.plugins.LoadedPlugin;
import dev.patron.server.plugins.PluginRegistry;
import dev.patron.server.plugins.ui.BackOfficeParts;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves a plugin's back-office files ({@code /ui/plugins/<pluginId>/<path>}) from its own jar,
 * below {@value BackOfficePart#UI_ROOT}: read once on a worker thread (a class loader reads a jar),
 * then from memory. Only plain relative paths of the kinds a page uses; anything else is a 404.
 */
public final class PluginAssets {

  private static final Map<String, String> TYPES = Map.of("js", "text/javascript; charset=utf-8",
      "css", "text/css; charset=utf-8", "svg", "image/svg+xml", "png", "image/png", "json", "application/json");

  private final Vertx vertx;
  private final PluginRegistry registry;
  private final Map<String, Optional<Buffer>> cache = new ConcurrentHashMap<>();

  public PluginAssets(Vertx vertx, PluginRegistry registry) {
    this.vertx = vertx;
    this.registry = registry;
  }

  public void handle(RoutingContext rc) {
    String pluginId = rc.pathParam("pluginId");
    String path = rc.pathParam("*");
    LoadedPlugin plugin = pluginId == null ? null : registry.find(pluginId);
    if (plugin == null || path == null || !BackOfficeParts.ASSET.matcher(path).matches()) {
      rc.fail(new HttpException(404));
      return;
    }
    String key = pluginId + "/" + path;
    Optional<Buffer> cached = cache.get(key);
    Future<Optional<Buffer>> file = cached != null ? Future.succeededFuture(cached)
        : vertx.executeBlocking(() -> read(plugin.classLoader(), path), false).onSuccess(read -> cache.put(key, read));
    file.onComplete(result -> {
      if (result.failed()) {
        rc.fail(result.cause());
      } else if (result.result().isEmpty()) {
        rc.fail(new HttpException(404));
      } else {
        rc.response()
            .putHeader(HttpHeaders.CONTENT_TYPE, TYPES.get(path.substring(path.lastIndexOf('.') + 1)))
            .putHeader(HttpHeaders.CACHE_CONTROL, "max-age=300")
            .putHeader("X-Content-Type-Options", "nosniff")
            .end(result.result().get());
      }
    });
  }

  private static Optional<Buffer> read(ClassLoader classLoader, String path) {
    try (InputStream in = classLoader.getResourceAsStream(BackOfficePart.UI_ROOT + path)) {
      return in == null ? Optional.empty() : Optional.of(Buffer.buffer(in.readAllBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
