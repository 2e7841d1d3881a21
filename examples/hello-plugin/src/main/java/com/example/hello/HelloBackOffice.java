package com.example.hello;

import dev.patron.api.plugin.BackOfficeContributor;
import dev.patron.api.plugin.BackOfficePart;
import dev.patron.api.tenant.StaffRole;
import java.util.List;
import java.util.Map;
import org.pf4j.Extension;

/**
 * A small section on the customer page (the greeting the restaurant would give this customer), and
 * a page of its own in the menu, for managers: everyone greeted so far.
 */
@Extension
public class HelloBackOffice implements BackOfficeContributor {

  @Override
  public List<BackOfficePart> parts() {
    return List.of(
        new BackOfficePart(BackOfficePart.Slot.CUSTOMER_SECTION, "hello-greeting", "greeting.js",
            Map.of("en", "Greeting", "de", "Begrüßung", "fr", "Salutation"), StaffRole.STAFF),
        new BackOfficePart(BackOfficePart.Slot.MENU_PAGE, "hello-greeted", "greeted.js",
            Map.of("en", "Greeted", "de", "Begrüßt", "fr", "Salués"), StaffRole.MANAGER));
  }
}
