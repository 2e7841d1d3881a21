package dev.patron.plugins.giftcards;

import dev.patron.api.plugin.BackOfficeContributor;
import dev.patron.api.plugin.BackOfficePart;
import dev.patron.api.tenant.StaffRole;
import java.util.List;
import java.util.Map;
import org.pf4j.Extension;

/** The gift cards' section of the customer page: the linked cards, their balances and history. */
@Extension
public class GiftCardBackOffice implements BackOfficeContributor {

  @Override
  public List<BackOfficePart> parts() {
    return List.of(new BackOfficePart(BackOfficePart.Slot.CUSTOMER_SECTION, "gift-cards-customer-section",
        "customer-section.js", Map.of("en", "Gift cards", "de", "Gutscheinkarten", "fr", "Cartes cadeaux"),
        StaffRole.STAFF));
  }
}
