package dev.patron.plugins.discounts;

import dev.patron.api.plugin.BackOfficeContributor;
import dev.patron.api.plugin.BackOfficePart;
import dev.patron.plugins.support.CustomerDefaultPart;
import java.util.List;
import java.util.Map;
import org.pf4j.Extension;

/** The customer page's dropdown of the customer's default discount, and the settings page of the discounts. */
@Extension
public class DiscountBackOffice implements BackOfficeContributor {

  @Override
  public List<BackOfficePart> parts() {
    return CustomerDefaultPart.parts(DiscountKind.TYPE.names(),
        Map.of("en", "Default discount", "de", "Standardrabatt", "fr", "Remise par défaut"),
        Map.of("en", "Discounts", "de", "Rabatte", "fr", "Remises"));
  }
}
