package dev.patron.server.plugins;

import dev.patron.server.http.ApiRouter;
import dev.patron.server.http.contract.PluginFragment;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import org.pf4j.PluginWrapper;

/** Reads a plugin's OpenAPI fragment from its own jar, at start, on the starting thread. */
final class PluginFragments {

  private PluginFragments() {
  }

  /**
   * The placed fragment, or {@code null} when the jar has none.
   *
   * @throws IllegalStateException when the fragment is there but unusable: the plugin does not start
   */
  static JsonObject read(PluginWrapper plugin, JsonObject hostDocument) {
    ClassLoader loader = plugin.getPluginClassLoader();
    // findResource looks in the plugin's own jar only, never in the host's or another plugin's.
    URL resource = loader instanceof URLClassLoader own ? own.findResource(PluginFragment.RESOURCE) : null;
    if (resource == null) {
      return null;
    }
    JsonObject fragment;
    try (InputStream in = resource.openStream()) {
      fragment = new JsonObject(Buffer.buffer(in.readAllBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + PluginFragment.RESOURCE, e);
    } catch (DecodeException e) {
      throw new IllegalStateException(PluginFragment.RESOURCE + " is not a JSON object: " + e.getMessage(), e);
    }
    String id = plugin.getPluginId();
    try {
      return PluginFragment.place(id, fragment, hostDocument, ApiRouter.API + "/plugins/" + id);
    } catch (IllegalArgumentException | ClassCastException e) {
      throw new IllegalStateException("its OpenAPI fragment (" + PluginFragment.RESOURCE + ") is invalid: "
          + e.getMessage(), e);
    }
  }
}
