package dev.patron.server.plugins;

import dev.patron.api.plugin.EventListener;
import dev.patron.core.event.EventTypePattern;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** A plugin's event listener with the event types it asked for, read and checked once at start. */
public record SubscribedListener(EventListener listener, List<EventTypePattern> types) {

  public SubscribedListener {
    types = List.copyOf(types);
  }

  /**
   * The listener with its types parsed.
   *
   * @throws IllegalStateException naming the entry, when one is no type or pattern, or there are none
   */
  public static SubscribedListener of(EventListener listener, Collection<String> asked) {
    String name = listener.getClass().getName();
    if (asked == null || asked.isEmpty()) {
      throw new IllegalStateException("its event listener " + name + " asks for no event types");
    }
    List<EventTypePattern> types = new ArrayList<>();
    for (String text : asked) {
      EventTypePattern pattern = EventTypePattern.parseOrNull(text);
      if (pattern == null) {
        throw new IllegalStateException("its event listener " + name + " asks for '" + text + "', which is neither"
            + " an event type (customer.created), a pattern (invoicing.*) nor *");
      }
      types.add(pattern);
    }
    return new SubscribedListener(listener, types);
  }

  public boolean wants(String type) {
    return types.stream().anyMatch(pattern -> pattern.matches(type));
  }
}
