package dev.patron.plugins.discounts.it;

import dev.patron.plugins.discounts.it.veto.VetoHooks;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.PluginJar;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;

/**
 * The server every integration test of this plugin shares: the real plugin jar, plus a small
 * "veto" plugin that refuses updates of customers named Locked.
 */
final class TestServer {

  private TestServer() {
  }

  static PatronExtension extension() {
    return PatronExtension.builder()
        .pluginsFromProperty("patron.plugin.jar")
        .plugin(vetoPlugin())
        .enable("discounts", new JsonObject())
        .enable("veto", new JsonObject())
        .build();
  }

  private static Path vetoPlugin() {
    Path directory = Path.of(System.getProperty("patron.test.workdir", "target/it-data"), "fixture-plugins");
    return PluginJar.builder("veto").classesOf(VetoHooks.class).extensions(VetoHooks.class).build(directory);
  }
}
