package dev.patron.api.customer;

/** What happened to a customer; {@link #wireName()} is the name used in JSON and the outbox. */
public enum CustomerEventType {
  CREATED("customer.created"),
  UPDATED("customer.updated"),
  ARCHIVED("customer.archived");

  private final String wireName;

  CustomerEventType(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static CustomerEventType fromWireName(String name) {
    for (CustomerEventType type : values()) {
      if (type.wireName.equals(name)) {
        return type;
      }
    }
    throw new IllegalArgumentException("unknown customer event type: " + name);
  }
}
