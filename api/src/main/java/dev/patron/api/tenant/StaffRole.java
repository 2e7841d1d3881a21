package dev.patron.api.tenant;

/**
 * What a restaurant's staff user may do, each role everything the one before may and more. A route
 * declares the least role it needs ({@code x-patron-role} in its OpenAPI operation); the host refuses
 * a caller below it with 403. API keys act as {@link #MANAGER}.
 *
 * @since 2.2.0
 */
public enum StaffRole {
  /** Views, adds and edits customers; sells and redeems gift cards. */
  STAFF,
  /** Also archives customers, runs imports, settles invoices, adjusts gift cards, edits profiles and discounts. */
  MANAGER,
  /** Also manages the staff. */
  OWNER;

  /** Whether this role may do what {@code required} may. */
  public boolean includes(StaffRole required) {
    return compareTo(required) >= 0;
  }
}
