package dev.patron.api.plugin;

import dev.patron.api.tenant.StaffRole;
import java.util.Map;
import java.util.Objects;

/**
 * One part of the back office a plugin contributes ({@link BackOfficeContributor}): a custom
 * element, defined by a JavaScript module in the plugin's jar, that the back office shows in a
 * {@link Slot} for restaurants that enabled the plugin and for people with {@code role} or higher.
 *
 * @param slot where it goes
 * @param element the custom element's name: the plugin's id, a dash, then lower-case letters,
 *     digits and dashes ({@code gift-cards-customer-section})
 * @param module the module that defines the element, a path below the jar's {@value #UI_ROOT}
 *     ({@code customer-section.js}); the host serves it at {@code /ui/plugins/<pluginId>/<module>}
 * @param titles the part's heading by language ({@code en} required; {@code de}, {@code fr})
 * @param role the least role that sees it (the routes it calls are held to their own roles anyway)
 * @since 2.3.0
 */
public record BackOfficePart(Slot slot, String element, String module, Map<String, String> titles, StaffRole role) {

  /** Where in the jar the modules lie. */
  public static final String UI_ROOT = "META-INF/patron/ui/";

  /** Where a part goes. */
  public enum Slot {
    /**
     * A section of the customer page. The element gets the properties {@code customer} (the
     * customer as the API shows it), {@code section} (this plugin's section of the customer
     * overview, or {@code null}), {@code language} ({@code de}, {@code fr}, {@code en}) and {@code
     * role}; it fires {@code patron-customer-changed} after changing the customer, and the page
     * reloads.
     */
    CUSTOMER_SECTION,
    /** A page under Settings, for the restaurant's own setup (profiles, discounts ...). Gets {@code language} and {@code role}. */
    SETTINGS_PAGE,
    /**
     * A column of the customer list, titled by the part's title. The element shows nothing itself:
     * the list calls its method {@code values(customers)} with the page's customers and shows the
     * text the promise it returns gives for each customer id (ask for the page at once, not per row).
     */
    CUSTOMER_LIST_COLUMN,
    /** A page of its own, linked from the main navigation. Gets {@code language} and {@code role}. */
    MENU_PAGE
  }

  public BackOfficePart {
    Objects.requireNonNull(slot, "slot");
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(module, "module");
    titles = Map.copyOf(titles);
    Objects.requireNonNull(role, "role");
  }
}
