package dev.patron.plugins.webhooks;

import dev.patron.api.plugin.BackOfficeContributor;
import dev.patron.api.plugin.BackOfficePart;
import dev.patron.api.tenant.StaffRole;
import java.util.List;
import java.util.Map;
import org.pf4j.Extension;

/** The settings page where managers keep the restaurant's endpoints and read their deliveries. */
@Extension
public class WebhookBackOffice implements BackOfficeContributor {

  @Override
  public List<BackOfficePart> parts() {
    return List.of(new BackOfficePart(BackOfficePart.Slot.SETTINGS_PAGE, "webhooks-settings", "settings.js",
        Map.of("en", "Webhooks", "de", "Webhooks", "fr", "Webhooks"), StaffRole.MANAGER));
  }
}
