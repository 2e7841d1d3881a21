package dev.patron.systemtests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.systemtests.Bundled;
import dev.patron.testkit.PatronExtension;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;

/**
 * The host console: the admin signs in with the token (kept only as a session), creates and
 * disables a restaurant, issues and revokes its API key, enables and configures a plugin (its
 * validation errors shown), and sees the installed plugins.
 */
class HostConsoleIT {

  @RegisterExtension
  static PatronExtension patron = Bundled.everyPluginEnabled().build();

  @Test
  void theAdminRunsRestaurantsKeysAndPluginsFromTheConsole() {
    String name = "Beisl " + UUID.randomUUID().toString().substring(0, 6);
    try (Browser browser = Browser.open(patron.server().baseUri(), 1280, 1200)) {
      browser.go("/console");
      browser.type("input[name=token]", "not-the-admin-token-at-all");
      browser.find("button[type=submit]").click();
      assertEquals("The admin token is wrong.", browser.find("[role=alert]").getText());
      browser.type("input[name=token]", patron.server().adminToken());
      browser.find("button[type=submit]").click();

      browser.type("form.create-tenant input[name=name]", name);
      browser.find("form.create-tenant button[type=submit]").click();
      browser.find("tr[data-tenant='" + name + "'] a").click();
      browser.find("form.issue-key button[type=submit]").click();
      String key = browser.find("code.issued-key").getText();
      assertTrue(key.startsWith("ptn_"), key);
      patron.server().anonymous().withToken(key).get("/api/v1/customers").expect(200);

      WebElement invoicing = browser.find("form.plugin-setting[data-plugin=invoicing]");
      invoicing.findElement(org.openqa.selenium.By.cssSelector("input[name=enabled]")).click();
      WebElement config = invoicing.findElement(org.openqa.selenium.By.cssSelector("textarea"));
      config.clear();
      config.sendKeys("{\"taxRate\": 500}");
      invoicing.findElement(org.openqa.selenium.By.cssSelector("button")).click();
      assertTrue(browser.find("form.plugin-setting[data-plugin=invoicing] [role=alert]").getText().contains("taxRate"),
          "the plugin's validation error stands beside its form");
      browser.screenshot("console-plugin-refused");
      config = browser.find("form.plugin-setting[data-plugin=invoicing] textarea");
      config.clear();
      config.sendKeys("{\"taxRate\": 10}");
      browser.find("form.plugin-setting[data-plugin=invoicing] button").click();
      browser.await(d -> patron.server().anonymous().withToken(key).get("/api/v1/plugins/invoicing/invoices")
          .status() == 200);

      browser.type("form.request-limits input[name=requestsPerMinute]", "12000");
      browser.find("form.request-limits button[type=submit]").click();
      String tenantId = browser.find("article.tenant").getAttribute("data-tenant");
      browser.await(d -> Integer.valueOf(12000).equals(patron.admin().get("/api/v1/admin/tenants/" + tenantId
          + "/request-limits").expect(200).json().getInteger("requestsPerMinute")));
      assertEquals("\"tenant\";q=12000;w=60", patron.server().anonymous().withToken(key).get("/api/v1/customers")
          .expect(200).header("RateLimit-Policy").split(", ")[0], "the restaurant's own limit applies");

      browser.find("[data-action=revoke]").click();
      browser.await(d -> patron.server().anonymous().withToken(key).get("/api/v1/customers").status() == 401);
      browser.find("form.issue-key button[type=submit]").click();
      String second = browser.find("code.issued-key").getText();
      browser.await(d -> !second.equals(key));
      patron.server().anonymous().withToken(second).get("/api/v1/customers").expect(200);

      browser.find("tr[data-tenant='" + name + "'] [data-action=rename]").click();
      browser.type("form.rename input[name=name]", name + " Neu");
      browser.find("form.rename button[type=submit]").click();
      browser.find("tr[data-tenant='" + name + " Neu']");

      browser.find("tr[data-tenant='" + name + " Neu'] [data-action=toggle]").click();
      browser.await(d -> patron.server().anonymous().withToken(second).get("/api/v1/customers").status() == 401);
      assertTrue(browser.find("table.plugins").getText().contains("STARTED"));
      browser.screenshot("console");
    }
  }
}
