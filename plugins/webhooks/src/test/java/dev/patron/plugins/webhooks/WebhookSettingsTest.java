package dev.patron.plugins.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookSettingsTest {

  @Test
  void defaultsGuardAndFollowTheStandardsSchedule() {
    WebhookSettings settings = WebhookSettings.from(Map.of());
    assertFalse(settings.allowLoopback() || settings.allowPrivate() || settings.allowHttp());
    assertEquals(8, settings.maxAttempts());
    assertEquals(Duration.ofSeconds(5), settings.retrySchedule().get(0));
    assertEquals(Duration.ofDays(5), settings.disableAfter());
    assertEquals(8, settings.endpointConcurrency());
  }

  @Test
  void everyMistakeIsNamed() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> WebhookSettings.from(Map.of(
        "ALLOW_LOOPBACK", "yes", "CONNECT_TIMEOUT_MS", "0", "RETRY_SCHEDULE_SECONDS", "5,soon")));
    assertTrue(error.getMessage().contains("PATRON_PLUGIN_WEBHOOKS_ALLOW_LOOPBACK"), error.getMessage());
    assertTrue(error.getMessage().contains("PATRON_PLUGIN_WEBHOOKS_CONNECT_TIMEOUT_MS"), error.getMessage());
    assertTrue(error.getMessage().contains("PATRON_PLUGIN_WEBHOOKS_RETRY_SCHEDULE_SECONDS"), error.getMessage());
  }
}
