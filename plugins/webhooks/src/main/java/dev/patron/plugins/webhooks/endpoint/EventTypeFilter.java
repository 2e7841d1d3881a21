package dev.patron.plugins.webhooks.endpoint;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The event types an endpoint receives: exact types ({@code customer.created}, {@code
 * invoicing.invoice.issued}), every type under a prefix ({@code customer.*}, {@code gift-cards.*})
 * or every type ({@code *}), as the host's listeners take them. Matching runs in SQL when an event
 * is queued ({@link dev.patron.plugins.webhooks.delivery.DeliveryQueue}); {@link #matches} is its
 * twin for tests and docs.
 */
public final class EventTypeFilter {

  public static final int MAX_ENTRIES = 50;
  public static final int MAX_LENGTH = 100;

  private static final String WORD = "[a-z][a-z0-9-]*";
  private static final Pattern EXACT = Pattern.compile(WORD + "(\\." + WORD + ")+");
  private static final Pattern PREFIX = Pattern.compile(WORD + "(\\." + WORD + ")*\\.\\*");

  private EventTypeFilter() {
  }

  /** Why {@code entry} is not a type or pattern, or null when it is one. */
  public static String problemWith(String entry) {
    if (entry.length() > MAX_LENGTH) {
      return "must be at most " + MAX_LENGTH + " characters";
    }
    if (entry.equals("*") || EXACT.matcher(entry).matches() || PREFIX.matcher(entry).matches()) {
      return null;
    }
    return "must be an event type such as customer.created, a prefix pattern such as customer.* or *";
  }

  public static boolean matches(List<String> filter, String type) {
    for (String entry : filter) {
      if (entry.equals("*") || entry.equals(type)
          || (entry.endsWith(".*") && type.startsWith(entry.substring(0, entry.length() - 1)))) {
        return true;
      }
    }
    return false;
  }
}
