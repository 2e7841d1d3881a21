package dev.patron.core.customer.file;

import java.util.Locale;

/** How an import's rows find the customers they update. */
public enum MatchMode {
  /** A row whose {@code referenceId} a customer has updates it; any other row creates one. */
  REFERENCE_ID("referenceId"),
  /** A row whose email (compared without case) one customer has updates it; any other row creates one. */
  EMAIL("email"),
  /** Every row creates a customer; a row whose referenceId or email a customer has already is rejected. */
  NONE("none");

  private final String wireName;

  MatchMode(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  /** The mode a query parameter names, or {@code null}. */
  public static MatchMode of(String name) {
    for (MatchMode mode : values()) {
      if (mode.wireName.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
        return mode;
      }
    }
    return null;
  }
}
