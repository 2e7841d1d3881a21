package dev.patron.plugins.support;

import dev.patron.api.plugin.BackOfficePart;
import dev.patron.api.tenant.StaffRole;
import java.util.Map;

/**
 * The customer page's picker for a customer's default (profile, discount): a section whose
 * dropdown lists the restaurant's active resources and saves the choice into the customer's
 * extension field with If-Match. The plugin ships {@value #MODULE}, which defines the element
 * with the shared {@code default-picker.js} this library carries.
 */
public final class CustomerDefaultPart {

  /** The plugin's module defining the section's element. */
  public static final String MODULE = "customer-default.js";

  private CustomerDefaultPart() {
  }

  /** The part of {@code names}'s plugin: element {@code <pluginId>-customer-default}, seen by staff. */
  public static BackOfficePart of(ResourceNames names, Map<String, String> titles) {
    return new BackOfficePart(BackOfficePart.Slot.CUSTOMER_SECTION, names.pluginId() + "-customer-default", MODULE,
        titles, StaffRole.STAFF);
  }
}
