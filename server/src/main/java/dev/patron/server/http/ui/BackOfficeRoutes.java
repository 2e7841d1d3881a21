package dev.patron.server.http.ui;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.StaticHandler;

/**
 * Serves the back office at {@code /}: one page ({@link BackOfficePage}), its own scripts and styles
 * under {@code /ui/app/}, the plugins' parts under {@code /ui/plugins/<pluginId>/} (from their jars,
 * {@link PluginAssets}), and the browser libraries from their WebJars under {@code /ui/lib/}. The
 * page talks to the same {@code /api/v1} routes as any integration, with the session cookie.
 */
public final class BackOfficeRoutes {

  /** The page's addresses: the app, the target of invitation and reset links, and the host console. */
  private static final String[] PAGES = {"/", "/set-password", "/console"};

  private final BackOfficePage page;
  private final PluginAssets pluginAssets;

  public BackOfficeRoutes(BackOfficePage page, PluginAssets pluginAssets) {
    this.page = page;
    this.pluginAssets = pluginAssets;
  }

  public void register(Router router) {
    for (String path : PAGES) {
      router.get(path).handler(this::page);
    }
    router.get("/ui/app/*").handler(secured()).handler(StaticHandler.create("backoffice/app")
        .setCachingEnabled(true).setMaxAgeSeconds(300).setDirectoryListing(false).setIncludeHidden(false));
    router.get("/ui/plugins/:pluginId/*").handler(secured()).handler(pluginAssets::handle);
    router.get("/ui/lib/*").handler(secured()).handler(StaticHandler.create("META-INF/resources/webjars")
        // The path names the library's version: what it serves never changes.
        .setCachingEnabled(true).setMaxAgeSeconds(31_536_000).setDirectoryListing(false).setIncludeHidden(false));
  }

  private void page(RoutingContext rc) {
    secure(rc);
    rc.response()
        .putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
        .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
        .putHeader("Content-Security-Policy", page.contentSecurityPolicy())
        .end(page.html());
  }

  private static io.vertx.core.Handler<RoutingContext> secured() {
    return rc -> {
      secure(rc);
      rc.next();
    };
  }

  private static void secure(RoutingContext rc) {
    rc.response()
        .putHeader("X-Content-Type-Options", "nosniff")
        .putHeader("Referrer-Policy", "no-referrer")
        .putHeader("X-Frame-Options", "DENY");
  }
}
