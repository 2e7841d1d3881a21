package dev.patron.plugins.orderprofiles;

/** How an order is served; a delivery always needs a customer (for the address). */
public enum OrderMode {
  DINE_IN,
  TAKEAWAY,
  DELIVERY;

  public boolean needsCustomer() {
    return this == DELIVERY;
  }
}
