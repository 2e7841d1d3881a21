package dev.patron.plugins.invoicing;

import dev.patron.api.plugin.BackOfficeContributor;
import dev.patron.api.plugin.BackOfficePart;
import dev.patron.api.tenant.StaffRole;
import java.util.List;
import java.util.Map;
import org.pf4j.Extension;

/** The invoices section of the customer page. */
@Extension
public class InvoicingBackOffice implements BackOfficeContributor {

  @Override
  public List<BackOfficePart> parts() {
    return List.of(new BackOfficePart(BackOfficePart.Slot.CUSTOMER_SECTION, "invoicing-customer-section",
        "customer-section.js", Map.of("en", "Invoices", "de", "Rechnungen", "fr", "Factures"), StaffRole.STAFF));
  }
}
