package dev.patron.server.plugins;

import dev.patron.api.PatronSdk;
import java.nio.file.Path;
import java.util.List;
import org.pf4j.BasePluginLoader;
import org.pf4j.CompoundPluginLoader;
import org.pf4j.DefaultPluginFactory;
import org.pf4j.DefaultPluginManager;
import org.pf4j.DevelopmentPluginClasspath;
import org.pf4j.JarPluginLoader;
import org.pf4j.Plugin;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginFactory;
import org.pf4j.PluginLoader;
import org.pf4j.SingletonExtensionFactory;
import org.pf4j.ExtensionFactory;

/**
 * PF4J configured for Patron: plugin jars (or, in development mode, plugin build folders) loaded
 * with {@link HostFirstClassLoader}, {@code Plugin-Requires} checked against the SDK version, and
 * {@code Plugin-Class} optional (most plugins need no lifecycle code).
 */
final class PatronPluginManager extends DefaultPluginManager {

  PatronPluginManager(Path pluginsDir) {
    super(List.of(pluginsDir));
    setSystemVersion(PatronSdk.VERSION);
  }

  /** The plugin locations found in the plugins directory. */
  List<Path> pluginPaths() {
    return pluginRepository.getPluginPaths();
  }

  @Override
  protected PluginLoader createPluginLoader() {
    return new CompoundPluginLoader()
        .add(new DevelopmentLoader(this), this::isDevelopment)
        .add(new JarLoader(this), this::isNotDevelopment);
  }

  /** One instance per extension class, shared by every extension point it implements. */
  @Override
  protected ExtensionFactory createExtensionFactory() {
    return new SingletonExtensionFactory(this);
  }

  @Override
  protected PluginFactory createPluginFactory() {
    DefaultPluginFactory declared = new DefaultPluginFactory();
    return wrapper -> {
      String pluginClass = wrapper.getDescriptor().getPluginClass();
      return pluginClass == null || pluginClass.isBlank() ? new Plugin() : declared.create(wrapper);
    };
  }

  private static final class JarLoader extends JarPluginLoader {
    JarLoader(PatronPluginManager manager) {
      super(manager);
    }

    @Override
    protected PluginClassLoader createPluginClassLoader(Path pluginPath, PluginDescriptor descriptor) {
      return new HostFirstClassLoader(pluginManager, descriptor, getClass().getClassLoader());
    }
  }

  /** Loads a plugin from its Maven build folder: {@code target/classes} and {@code target/lib/*.jar}. */
  private static final class DevelopmentLoader extends BasePluginLoader {
    DevelopmentLoader(PatronPluginManager manager) {
      super(manager, new DevelopmentPluginClasspath());
    }

    @Override
    protected PluginClassLoader createPluginClassLoader(Path pluginPath, PluginDescriptor descriptor) {
      return new HostFirstClassLoader(pluginManager, descriptor, getClass().getClassLoader());
    }
  }
}
