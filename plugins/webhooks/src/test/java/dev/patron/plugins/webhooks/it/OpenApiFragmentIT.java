package dev.patron.plugins.webhooks.it;

import dev.patron.testkit.PatronExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The plugin's OpenAPI fragment describes exactly the routes it registers, no more, no fewer. */
class OpenApiFragmentIT {

  @RegisterExtension
  static PatronExtension patron = WebhookServers.forTests().build();

  @Test
  void theFragmentEqualsTheRegisteredRoutes() {
    patron.assertRoutesDocumented("webhooks");
  }
}
