package dev.patron.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Builds a real PF4J plugin jar from compiled classes, for tests of the plugin platform itself
 * (and of plugins' edge cases): manifest, {@code META-INF/extensions.idx}, classes and resources.
 *
 * <pre>{@code
 * Path jar = PluginJar.builder("recorder")
 *     .classesOf(RecorderHooks.class)            // every class in that package
 *     .extensions(RecorderHooks.class, RecorderRoutes.class)
 *     .migration("V1__tables.sql", "CREATE TABLE ...")
 *     .build(directory);
 * }</pre>
 */
public final class PluginJar {

  private PluginJar() {
  }

  public static Builder builder(String pluginId) {
    return new Builder(pluginId);
  }

  /** Collects what goes into the jar. */
  public static final class Builder {

    private final String pluginId;
    private String version = "1.0.0";
    private String requires = "^" + dev.patron.api.PatronSdk.VERSION;
    private String pluginClass;
    private final Set<String> extensions = new LinkedHashSet<>();
    private final Map<String, byte[]> entries = new LinkedHashMap<>();

    private Builder(String pluginId) {
      this.pluginId = pluginId;
    }

    public Builder version(String value) {
      version = value;
      return this;
    }

    /** The {@code Plugin-Requires} expression (default: {@code ^} and this SDK's version). */
    public Builder requires(String value) {
      requires = value;
      return this;
    }

    /** A {@code Plugin-Class} (optional: without one the plugin has no lifecycle code). */
    public Builder pluginClass(Class<?> type) {
      pluginClass = type.getName();
      return this;
    }

    /** Lists extension classes in {@code META-INF/extensions.idx}. */
    public Builder extensions(Class<?>... types) {
      for (Class<?> type : types) {
        extensions.add(type.getName());
      }
      return this;
    }

    /** Adds every class file of {@code anchor}'s package (not sub-packages), nested classes included. */
    public Builder classesOf(Class<?> anchor) {
      Path directory = classesRoot(anchor).resolve(anchor.getPackageName().replace('.', '/'));
      try (Stream<Path> files = Files.list(directory)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
          entries.put(anchor.getPackageName().replace('.', '/') + "/" + file.getFileName(), Files.readAllBytes(file));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return this;
    }

    /** Adds a file at {@code path} in the jar. */
    public Builder resource(String path, byte[] content) {
      entries.put(path, content);
      return this;
    }

    public Builder resource(String path, String content) {
      return resource(path, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds a Flyway migration ({@code db/migration/<fileName>}), run in the plugin's schema. */
    public Builder migration(String fileName, String sql) {
      return resource("db/migration/" + fileName, sql);
    }

    /** Writes {@code <pluginId>-<version>.jar} into {@code directory}. */
    public Path build(Path directory) {
      Manifest manifest = new Manifest();
      Attributes attributes = manifest.getMainAttributes();
      attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
      attributes.putValue("Plugin-Id", pluginId);
      attributes.putValue("Plugin-Version", version);
      attributes.putValue("Plugin-Requires", requires);
      attributes.putValue("Plugin-Provider", "Patron tests");
      if (pluginClass != null) {
        attributes.putValue("Plugin-Class", pluginClass);
      }
      Map<String, byte[]> all = new LinkedHashMap<>(entries);
      all.put("META-INF/extensions.idx", (String.join("\n", extensions) + "\n").getBytes(StandardCharsets.UTF_8));
      try {
        Files.createDirectories(directory);
        Path jar = directory.resolve(pluginId + "-" + version + ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out, manifest)) {
          Set<String> directories = new LinkedHashSet<>();
          for (Map.Entry<String, byte[]> entry : all.entrySet()) {
            for (String parent : parents(entry.getKey())) {
              if (directories.add(parent)) {
                zip.putNextEntry(new JarEntry(parent));
                zip.closeEntry();
              }
            }
            zip.putNextEntry(new JarEntry(entry.getKey()));
            zip.write(entry.getValue());
            zip.closeEntry();
          }
        }
        return jar;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Directory entries of a path, outermost first: Flyway and class loaders look for them. */
    private static List<String> parents(String path) {
      List<String> parents = new ArrayList<>();
      int slash = path.indexOf('/');
      while (slash > 0) {
        String parent = path.substring(0, slash + 1);
        if (!parent.equals("META-INF/")) {
          parents.add(parent);
        }
        slash = path.indexOf('/', slash + 1);
      }
      return parents;
    }

    private static Path classesRoot(Class<?> anchor) {
      try {
        return Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
