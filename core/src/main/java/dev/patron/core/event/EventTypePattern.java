package dev.patron.core.event;

import java.util.regex.Pattern;

/**
 * Selects event types: one exact type ({@code customer.created}), every type under a prefix
 * ({@code invoicing.*} matches {@code invoicing.invoice.paid}), or every type ({@code *}).
 *
 * @param prefix what a matching type starts with (ending in a dot), or {@code null} for an exact
 *     type; {@code ""} for {@code *}
 */
public record EventTypePattern(String text, String prefix) {

  public static final EventTypePattern ALL = new EventTypePattern("*", "");
  private static final Pattern PREFIX = Pattern.compile(EventTypes.WORD + "(\\." + EventTypes.WORD + ")*\\.\\*");

  /** The pattern {@code text} stands for, or {@code null} when it is none. */
  public static EventTypePattern parseOrNull(String text) {
    if (text == null || text.length() > EventTypes.MAX_LENGTH) {
      return null;
    }
    if (text.equals("*")) {
      return ALL;
    }
    if (PREFIX.matcher(text).matches()) {
      return new EventTypePattern(text, text.substring(0, text.length() - 1));
    }
    return EventTypes.isType(text) ? new EventTypePattern(text, null) : null;
  }

  public boolean exact() {
    return prefix == null;
  }

  public boolean matches(String type) {
    return exact() ? text.equals(type) : type.startsWith(prefix);
  }

  @Override
  public String toString() {
    return text;
  }
}
