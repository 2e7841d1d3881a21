package dev.patron.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.server.it.fixtures.FixturePlugins;
import dev.patron.testkit.PatronProcess;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** How hosts deploy plugins: required plugins, and development mode from build folders. */
class PluginDeploymentIT {

  @Test
  void refusesToStartWhenARequiredPluginIsNotRunning() throws IOException {
    Path work = WorkDirs.fresh("required");
    Path plugins = Files.createDirectories(work.resolve("plugins"));
    Files.copy(FixturePlugins.broken(), plugins.resolve("broken.jar"));
    Files.copy(FixturePlugins.echo(), plugins.resolve("echo.jar"));

    IllegalStateException refused = assertThrows(IllegalStateException.class, () -> PatronProcess.start(
        PatronProcess.serverJarFromProperty(), work, plugins, Map.of("PATRON_REQUIRED_PLUGINS", "echo,broken")));
    assertTrue(refused.getMessage().contains("Required plugin(s) not running: broken"), refused.getMessage());
  }

  @Test
  void developmentModeLoadsPluginsFromTheirBuildFolders() throws IOException {
    Path work = WorkDirs.fresh("development");
    Path projects = Files.createDirectories(work.resolve("projects"));
    unpack(FixturePlugins.recorder(), projects.resolve("recorder").resolve("target").resolve("classes"));
    Files.createDirectories(projects.resolve("recorder").resolve("target").resolve("lib"));

    try (PatronProcess server = PatronProcess.start(PatronProcess.serverJarFromProperty(), work, projects,
        Map.of("PATRON_PLUGIN_DEV_MODE", "true"))) {
      JsonObject recorder = server.admin().get("/api/v1/admin/plugins").expect(200).items().get(0);
      assertEquals("recorder", recorder.getString("id"));
      assertEquals("STARTED", recorder.getString("state"));
      assertTrue(recorder.getString("path").endsWith("recorder"));

      String tenant = server.admin().post("/api/v1/admin/tenants", new JsonObject().put("name", "Dev").put("currency", "EUR")
          .put("language", "en").put("timeZone", "UTC")).expect(201).json().getString("id");
      String key = server.admin().post("/api/v1/admin/tenants/" + tenant + "/api-keys", null).expect(201).json().getString("key");
      server.admin().put("/api/v1/admin/tenants/" + tenant + "/plugins/recorder", new JsonObject().put("enabled", true))
          .expect(200);
      TestTenant client = new TestTenant(tenant, key, server.anonymous().withToken(key));
      assertTrue(client.client().get("/api/v1/plugins/recorder/whoami").expect(200).json().getBoolean("ownLibraryFromPlugin"));
    }
  }

  private static void unpack(Path jar, Path into) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
        Path target = into.resolve(entry.getName());
        if (entry.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          try (InputStream in = zip.getInputStream(entry)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
    }
  }
}
