package dev.patron.testkit;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Boots the real Patron server for a test class, with the plugin jars under test in its plugins
 * directory, and creates tenants with those plugins enabled.
 *
 * <pre>{@code
 * @RegisterExtension
 * static PatronExtension patron = PatronExtension.builder()
 *     .pluginsFromProperty("patron.plugin.jar")
 *     .enable("gift-cards", new JsonObject().put("maxBalance", 50000))
 *     .build();
 *
 * @Test
 * void sellsACard() {
 *   TestTenant tenant = patron.newTenant();
 *   tenant.client().post("/api/v1/plugins/gift-cards/cards", ...).expect(201);
 * }
 * }</pre>
 *
 * <p>Test classes with the same plugins and settings share one server for the whole run (each
 * test makes its own tenants, which cannot see each other); {@link Builder#isolated()} gives a
 * class its own server, e.g. to stop, kill or restart it.
 */
public final class PatronExtension implements BeforeAllCallback {

  private final List<Path> plugins;
  private final Map<String, JsonObject> enabled;
  private final Map<String, String> settings;
  private final boolean isolated;
  private PatronProcess server;

  private PatronExtension(Builder builder) {
    this.plugins = List.copyOf(builder.plugins);
    this.enabled = Map.copyOf(builder.enabled);
    this.settings = Map.copyOf(builder.settings);
    this.isolated = builder.isolated;
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    String key = "patron-server:" + plugins + settings + (isolated ? context.getRequiredTestClass().getName() : "");
    ExtensionContext.Store store = context.getRoot().getStore(ExtensionContext.Namespace.create(PatronExtension.class));
    server = store.getOrComputeIfAbsent(key, k -> new RunningServer(boot()), RunningServer.class).process;
  }

  private PatronProcess boot() {
    Path workDir = workRoot().resolve("server-" + UUID.randomUUID());
    Path pluginsDir = workDir.resolve("plugins");
    try {
      Files.createDirectories(pluginsDir);
      for (Path jar : plugins) {
        Files.copy(jar, pluginsDir.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return PatronProcess.start(PatronProcess.serverJarFromProperty(), workDir, pluginsDir, settings);
  }

  private static Path workRoot() {
    String configured = System.getProperty("patron.test.workdir");
    return configured != null ? Path.of(configured) : Path.of(System.getProperty("java.io.tmpdir"), "patron-testkit");
  }

  public PatronProcess server() {
    if (server == null) {
      throw new IllegalStateException("register PatronExtension as a static @RegisterExtension field");
    }
    return server;
  }

  /** A client for the host's admin API. */
  public PatronClient admin() {
    return server().admin();
  }

  /** A new restaurant (EUR, de-AT, Europe/Vienna) with an API key and the configured plugins enabled. */
  public TestTenant newTenant() {
    return newTenant(new JsonObject()
        .put("name", "Test restaurant " + UUID.randomUUID().toString().substring(0, 8))
        .put("currency", "EUR")
        .put("language", "de-AT")
        .put("timeZone", "Europe/Vienna"));
  }

  /** A new tenant from an admin create body, with an API key and the configured plugins enabled. */
  public TestTenant newTenant(JsonObject tenant) {
    String id = admin().post("/api/v1/admin/tenants", tenant).expect(201).json().getString("id");
    String key = admin().post("/api/v1/admin/tenants/" + id + "/api-keys", null).expect(201).json().getString("key");
    enabled.forEach((pluginId, config) -> enablePlugin(id, pluginId, config));
    return new TestTenant(id, key, new PatronClient(server().baseUri(), key));
  }

  /** Enables (and configures) a plugin for a tenant. */
  public void enablePlugin(String tenantId, String pluginId, JsonObject config) {
    admin().put("/api/v1/admin/tenants/" + tenantId + "/plugins/" + pluginId,
        new JsonObject().put("enabled", true).put("config", config)).expect(200);
  }

  /**
   * Fails unless the plugin started and its OpenAPI fragment describes exactly the routes it
   * registers: no route left out, no operation it does not serve (the host compares them at start).
   */
  public void assertRoutesDocumented(String pluginId) {
    JsonObject plugin = admin().get("/api/v1/admin/plugins").expect(200).items().stream()
        .filter(p -> pluginId.equals(p.getString("id"))).findFirst()
        .orElseThrow(() -> new AssertionError("no plugin '" + pluginId + "' is installed"));
    if (!"STARTED".equals(plugin.getString("state"))) {
      throw new AssertionError("plugin " + pluginId + " is " + plugin.getString("state") + ": " + plugin.getString("failure"));
    }
    if (!plugin.getJsonArray("undocumentedRoutes").isEmpty() || !plugin.getJsonArray("unregisteredOperations").isEmpty()) {
      throw new AssertionError("plugin " + pluginId + "'s OpenAPI fragment does not match its routes: undocumented "
          + plugin.getJsonArray("undocumentedRoutes") + ", not registered " + plugin.getJsonArray("unregisteredOperations"));
    }
  }

  /** Configures the extension. */
  public static final class Builder {

    private final List<Path> plugins = new ArrayList<>();
    private final Map<String, JsonObject> enabled = new LinkedHashMap<>();
    private final Map<String, String> settings = new LinkedHashMap<>();
    private boolean isolated;

    /** Loads a plugin jar into the server. */
    public Builder plugin(Path jar) {
      if (!Files.isRegularFile(jar)) {
        throw new IllegalArgumentException("no plugin jar at " + jar + "; build it first (mvn package)");
      }
      plugins.add(jar.toAbsolutePath());
      return this;
    }

    /**
     * Loads the plugin jars named by a system property (paths separated by the path separator),
     * typically set by the build to the jar it just packaged.
     */
    public Builder pluginsFromProperty(String property) {
      String value = System.getProperty(property);
      if (value == null || value.isBlank()) {
        throw new IllegalStateException("system property " + property + " is not set; see docs/PLUGINS.md");
      }
      Arrays.stream(value.split(java.io.File.pathSeparator)).map(Path::of).forEach(this::plugin);
      return this;
    }

    /** Enables a plugin, with this configuration, for every tenant {@link #newTenant()} creates. */
    public Builder enable(String pluginId, JsonObject config) {
      enabled.put(pluginId, config);
      return this;
    }

    /** A {@code PATRON_*} setting for the server. */
    public Builder setting(String name, String value) {
      settings.put(name, value);
      return this;
    }

    /** Gives the test class a server of its own instead of a shared one. */
    public Builder isolated() {
      isolated = true;
      return this;
    }

    public PatronExtension build() {
      return new PatronExtension(this);
    }
  }

  /** Stops the server when the test run ends (closing twice is harmless). */
  @SuppressWarnings("deprecation")
  private record RunningServer(PatronProcess process) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    @Override
    public void close() {
      process.stop();
    }
  }
}
