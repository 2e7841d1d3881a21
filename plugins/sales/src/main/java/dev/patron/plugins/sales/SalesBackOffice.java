package dev.patron.plugins.sales;

import dev.patron.api.plugin.BackOfficeContributor;
import dev.patron.api.plugin.BackOfficePart;
import dev.patron.api.tenant.StaffRole;
import java.util.List;
import java.util.Map;
import org.pf4j.Extension;

/** The sales section of the customer page, and the customer list's last-visit column. */
@Extension
public class SalesBackOffice implements BackOfficeContributor {

  @Override
  public List<BackOfficePart> parts() {
    return List.of(
        new BackOfficePart(BackOfficePart.Slot.CUSTOMER_SECTION, "sales-customer-section", "customer-section.js",
            Map.of("en", "Sales", "de", "Umsätze", "fr", "Ventes"), StaffRole.STAFF),
        new BackOfficePart(BackOfficePart.Slot.CUSTOMER_LIST_COLUMN, "sales-last-visit", "last-visit.js",
            Map.of("en", "Last visit", "de", "Letzter Besuch", "fr", "Dernière visite"), StaffRole.STAFF));
  }
}
