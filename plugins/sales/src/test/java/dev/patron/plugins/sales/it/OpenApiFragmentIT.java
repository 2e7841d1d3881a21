package dev.patron.plugins.sales.it;

import dev.patron.testkit.PatronExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The plugin's OpenAPI fragment describes exactly the routes it registers, no more, no fewer. */
class OpenApiFragmentIT {

  @RegisterExtension
  static PatronExtension patron = SalesApi.server();

  @Test
  void theFragmentEqualsTheRegisteredRoutes() {
    patron.assertRoutesDocumented("sales");
  }
}
