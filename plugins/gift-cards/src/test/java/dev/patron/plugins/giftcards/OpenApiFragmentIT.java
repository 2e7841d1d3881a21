package dev.patron.plugins.giftcards;

import dev.patron.testkit.PatronExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The plugin's OpenAPI fragment describes exactly the routes it registers, no more, no fewer. */
class OpenApiFragmentIT {

  @RegisterExtension
  static PatronExtension patron = GiftCardApi.server();

  @Test
  void theFragmentEqualsTheRegisteredRoutes() {
    patron.assertRoutesDocumented("gift-cards");
  }
}
