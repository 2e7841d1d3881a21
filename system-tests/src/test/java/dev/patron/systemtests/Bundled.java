package dev.patron.systemtests;

import dev.patron.testkit.PatronExtension;
import io.vertx.core.json.JsonObject;

/** The product as it ships: the server with every bundled plugin, each enabled for new tenants. */
public final class Bundled {

  private Bundled() {
  }

  public static PatronExtension.Builder everyPluginEnabled() {
    return PatronExtension.builder()
        .pluginsFromProperty("patron.plugin.jar")
        .enable("gift-cards", new JsonObject())
        .enable("order-profiles", new JsonObject())
        .enable("discounts", new JsonObject())
        .enable("invoicing", new JsonObject().put("taxRate", 10))
        .enable("sales", new JsonObject())
        .enable("webhooks", new JsonObject())
        // Tests run their webhook receivers on loopback over plain http; the product refuses both.
        .setting("PATRON_PLUGIN_WEBHOOKS_ALLOW_LOOPBACK", "true")
        .setting("PATRON_PLUGIN_WEBHOOKS_ALLOW_HTTP", "true");
  }
}
