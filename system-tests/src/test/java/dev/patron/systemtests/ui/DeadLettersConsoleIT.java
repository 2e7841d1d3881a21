package dev.patron.systemtests.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.systemtests.fixtures.FlakyListener;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.PluginJar;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The console shows a plugin's dead-lettered deliveries and retries them. */
class DeadLettersConsoleIT {

  @RegisterExtension
  static PatronExtension patron = PatronExtension.builder()
      .plugin(PluginJar.builder("flaky").classesOf(FlakyListener.class).extensions(FlakyListener.class)
          .build(Path.of(System.getProperty("patron.test.workdir", "target/it-data"), "fixture-plugins")))
      .enable("flaky", new JsonObject())
      .setting("PATRON_EVENT_MAX_ATTEMPTS", "1")
      .setting("PATRON_EVENT_POLL_MS", "100")
      .build();

  @Test
  void theAdminRetriesADeadLetterFromTheConsole() {
    TestTenant tenant = patron.newTenant();
    tenant.client().post("/api/v1/customers", new JsonObject().put("firstName", "Dora").put("lastName", "Dead"))
        .expect(201);
    try (Browser browser = Browser.open(patron.server().baseUri(), 1280, 1000)) {
      browser.go("/console");
      browser.type("input[name=token]", patron.server().adminToken());
      browser.find("button[type=submit]").click();
      browser.find("form.create-tenant");
      browser.await(d -> {
        if (browser.find("tr[data-plugin=flaky] td.dead-letters[data-loaded]").getText().startsWith("1 dead letter")) {
          return true;
        }
        browser.go("/console"); // the delivery may not have failed yet: look again
        return false;
      });
      browser.screenshot("console-dead-letter");
      browser.find("tr[data-plugin=flaky] button").click();
      browser.await(d -> {
        if (browser.find("tr[data-plugin=flaky] td.dead-letters[data-loaded]").getText().startsWith("0 dead letter")) {
          return true;
        }
        browser.go("/console"); // the retried delivery may still be on its way
        return false;
      });
    }
    assertTrue(patron.admin().get("/api/v1/admin/plugins/flaky/dead-letters").expect(200).items().isEmpty());
  }
}
