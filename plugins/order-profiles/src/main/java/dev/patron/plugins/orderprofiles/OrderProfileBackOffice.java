package dev.patron.plugins.orderprofiles;

import dev.patron.api.plugin.BackOfficeContributor;
import dev.patron.api.plugin.BackOfficePart;
import dev.patron.plugins.support.CustomerDefaultPart;
import java.util.List;
import java.util.Map;
import org.pf4j.Extension;

/** The customer page's dropdown of the customer's default profile, and the settings page of the profiles. */
@Extension
public class OrderProfileBackOffice implements BackOfficeContributor {

  @Override
  public List<BackOfficePart> parts() {
    return CustomerDefaultPart.parts(ProfileKind.TYPE.names(),
        Map.of("en", "Default profile", "de", "Standardprofil", "fr", "Profil par défaut"),
        Map.of("en", "Order profiles", "de", "Bestellprofile", "fr", "Profils de commande"));
  }
}
