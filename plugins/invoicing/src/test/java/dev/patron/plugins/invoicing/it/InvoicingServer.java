package dev.patron.plugins.invoicing.it;

import dev.patron.testkit.PatronExtension;

/** The server every integration test class shares: the real plugin jar, enabled with {@link Billing#CONFIG}. */
final class InvoicingServer {

  private InvoicingServer() {
  }

  static PatronExtension create() {
    return PatronExtension.builder()
        .pluginsFromProperty("patron.plugin.jar")
        .enable("invoicing", Billing.CONFIG)
        .build();
  }
}
