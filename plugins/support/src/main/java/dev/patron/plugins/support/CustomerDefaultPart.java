package dev.patron.plugins.support;

import dev.patron.api.plugin.BackOfficePart;
import dev.patron.api.tenant.StaffRole;
import java.util.List;
import java.util.Map;

/**
 * A defaultable resource's parts of the back office. The customer page's picker for a customer's
 * default (profile, discount): a section whose
 * dropdown lists the restaurant's active resources and saves the choice into the customer's
 * extension field with If-Match. The plugin ships {@value #MODULE}, which defines the element
 * with the shared {@code default-picker.js} this library carries. And the settings page where
 * managers add and (de)activate them.
 */
public final class CustomerDefaultPart {

  /** The plugin's module defining the section's element. */
  public static final String MODULE = "customer-default.js";

  private CustomerDefaultPart() {
  }

  /** The plugin's module defining its settings page's element. */
  public static final String SETTINGS_MODULE = "settings.js";

  /**
   * The plugin's settings page (list, add, activate, deactivate), for managers: element {@code
   * <pluginId>-settings}, defined with the shared {@code resource-settings.js}.
   */
  public static BackOfficePart settings(ResourceNames names, Map<String, String> titles) {
    return new BackOfficePart(BackOfficePart.Slot.SETTINGS_PAGE, names.pluginId() + "-settings", SETTINGS_MODULE,
        titles, StaffRole.MANAGER);
  }

  /** Both parts of {@code names}'s plugin: the customer page's picker and the settings page. */
  public static List<BackOfficePart> parts(ResourceNames names, Map<String, String> pickerTitles,
      Map<String, String> settingsTitles) {
    return List.of(of(names, pickerTitles), settings(names, settingsTitles));
  }

  /** The part of {@code names}'s plugin: element {@code <pluginId>-customer-default}, seen by staff. */
  public static BackOfficePart of(ResourceNames names, Map<String, String> titles) {
    return new BackOfficePart(BackOfficePart.Slot.CUSTOMER_SECTION, names.pluginId() + "-customer-default", MODULE,
        titles, StaffRole.STAFF);
  }
}
