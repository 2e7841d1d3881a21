package dev.patron.server.plugins.ui;

import dev.patron.api.plugin.BackOfficeContributor;
import dev.patron.api.plugin.BackOfficePart;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks a plugin's back-office parts when it starts: element names in the plugin's own namespace,
 * modules that are plain relative paths to scripts its jar carries, an English title at least. A
 * part that breaks a rule fails the plugin, loudly, like a malformed OpenAPI fragment.
 */
public final class BackOfficeParts {

  /** The files a plugin's back office may consist of: plain relative paths, no {@code ..}. */
  public static final Pattern ASSET = Pattern.compile("[a-z0-9][a-z0-9_-]*(/[a-z0-9][a-z0-9_-]*)*\\.(js|css|svg|png|json)");

  private BackOfficeParts() {
  }

  /** The parts of {@code contributors}, checked; {@code classLoader} is the plugin's. */
  public static List<BackOfficePart> of(String pluginId, List<BackOfficeContributor> contributors,
      ClassLoader classLoader) {
    List<BackOfficePart> parts = new ArrayList<>();
    Pattern element = Pattern.compile(Pattern.quote(pluginId) + "-[a-z0-9]+(-[a-z0-9]+)*");
    for (BackOfficeContributor contributor : contributors) {
      for (BackOfficePart part : contributor.parts()) {
        if (!element.matcher(part.element()).matches()) {
          throw new IllegalStateException("back-office element '" + part.element() + "' must be named "
              + pluginId + "-<name>, lower-case letters, digits and dashes");
        }
        if (!ASSET.matcher(part.module()).matches() || !part.module().endsWith(".js")) {
          throw new IllegalStateException("back-office module '" + part.module() + "' must be a relative path to a .js file");
        }
        if (classLoader.getResource(BackOfficePart.UI_ROOT + part.module()) == null) {
          throw new IllegalStateException("back-office module " + BackOfficePart.UI_ROOT + part.module()
              + " is missing from the plugin's jar");
        }
        if (!part.titles().containsKey("en")) {
          throw new IllegalStateException("back-office part " + part.element() + " needs an English title");
        }
        if (parts.stream().anyMatch(other -> other.element().equals(part.element()))) {
          throw new IllegalStateException("back-office element " + part.element() + " is contributed twice");
        }
        parts.add(part);
      }
    }
    return List.copyOf(parts);
  }
}
