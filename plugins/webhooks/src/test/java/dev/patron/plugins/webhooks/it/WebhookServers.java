package dev.patron.plugins.webhooks.it;

import dev.patron.testkit.PatronExtension;
import io.vertx.core.json.JsonObject;

/** The servers the tests boot: webhooks enabled, loopback and http allowed, short timings. */
final class WebhookServers {

  private WebhookServers() {
  }

  /** Retries after 1 s, 1 s, 2 s (four attempts); timeouts of about a second. */
  static PatronExtension.Builder forTests() {
    return PatronExtension.builder()
        .pluginsFromProperty("patron.plugin.jar")
        .enable("webhooks", new JsonObject())
        .setting("PATRON_PLUGIN_WEBHOOKS_ALLOW_LOOPBACK", "true")
        .setting("PATRON_PLUGIN_WEBHOOKS_ALLOW_HTTP", "true")
        .setting("PATRON_PLUGIN_WEBHOOKS_RETRY_SCHEDULE_SECONDS", "1,1,2")
        .setting("PATRON_PLUGIN_WEBHOOKS_CONNECT_TIMEOUT_MS", "1000")
        .setting("PATRON_PLUGIN_WEBHOOKS_RESPONSE_TIMEOUT_MS", "1200")
        .setting("PATRON_PLUGIN_WEBHOOKS_MAX_RESPONSE_BYTES", "4096")
        .setting("PATRON_PLUGIN_WEBHOOKS_POLL_MS", "200");
  }
}
