package dev.patron.core.event;

import dev.patron.api.plugin.PluginEvents;
import java.util.regex.Pattern;

/**
 * What an event type looks like: its owner (the core's {@code customer}, or a plugin's id), a dot,
 * then one or more lower-case words separated by dots, e.g. {@code gift-cards.activity.recorded}.
 * The owner is the part before the first dot, so a type always says who may record it.
 */
public final class EventTypes {

  public static final int MAX_LENGTH = PluginEvents.MAX_TYPE_LENGTH;
  /** The owner of the core's customer events. */
  public static final String CORE_OWNER = "customer";

  static final String WORD = "[a-z][a-z0-9-]*";
  private static final Pattern TYPE = Pattern.compile(WORD + "(\\." + WORD + ")+");

  private EventTypes() {
  }

  public static boolean isType(String text) {
    return text != null && text.length() <= MAX_LENGTH && TYPE.matcher(text).matches();
  }

  /** Who records events of this type: the part before the first dot. */
  public static String owner(String type) {
    int dot = type.indexOf('.');
    return dot < 0 ? type : type.substring(0, dot);
  }

  /**
   * Why {@code pluginId} may not record events of {@code type}, or {@code null} when it may: the
   * type must be well formed and owned by the plugin.
   */
  public static String refusal(String pluginId, String type) {
    if (type == null || !type.startsWith(pluginId + ".")) {
      return "event type '" + type + "' must start with this plugin's id and a dot ('" + pluginId + ".')";
    }
    if (!isType(type)) {
      return "event type '" + type + "' must be '" + pluginId + ".' and lower-case words separated by dots"
          + " (each a letter, then letters, digits or '-'), at most " + MAX_LENGTH + " characters";
    }
    return null;
  }
}
