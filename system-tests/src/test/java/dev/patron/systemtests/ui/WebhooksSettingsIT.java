package dev.patron.systemtests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.patron.systemtests.Bundled;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.StaffAccounts;
import dev.patron.testkit.StaffAccounts.SignedIn;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonObject;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A manager registers a webhook endpoint in the back office, copies its secret, sees the
 * deliveries a new customer caused, sends one again, and disables the endpoint.
 */
class WebhooksSettingsIT {

  @RegisterExtension
  static PatronExtension patron = Bundled.everyPluginEnabled().build();

  static HttpServer receiver;
  static final List<String> received = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void startReceiver() throws Exception {
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
    receiver.createContext("/hook", exchange -> {
      received.add(exchange.getRequestHeaders().getFirst("webhook-id"));
      exchange.getRequestBody().readAllBytes();
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    receiver.start();
  }

  @AfterAll
  static void stopReceiver() {
    receiver.stop(0);
  }

  @Test
  void aManagerRegistersAnEndpointReadsItsDeliveriesReplaysOneAndDisablesIt() {
    TestTenant tenant = patron.newTenant();
    SignedIn owner = StaffAccounts.owner(patron.admin(), tenant.id(), "owner@hooks.example");
    StaffAccounts.member(owner, "manager@hooks.example", "MANAGER");
    String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    try (Browser browser = Browser.open(patron.server().baseUri(), 1280, 1000)) {
      browser.signIn(tenant.id(), "manager@hooks.example", StaffAccounts.PASSWORD);
      browser.find("a[href='#/settings']").click();
      browser.find("a[href='#/settings/webhooks-settings']").click();
      browser.find("webhooks-settings form.add-endpoint");
      assertTrue(browser.all("discounts-settings").isEmpty(), "the settings page shows one plugin's page at a time");

      browser.type("webhooks-settings input[name=url]", "http://10.0.0.5/hook");
      browser.find("webhooks-settings form.add-endpoint button[type=submit]").click();
      assertTrue(browser.find("webhooks-settings #webhooks-url-error").getText().contains("private network"),
          "an address the guard refuses is named beside the field");

      browser.find("webhooks-settings input[name=url]").clear();
      browser.type("webhooks-settings input[name=url]", url);
      browser.type("webhooks-settings input[name=description]", "Newsletter tool");
      browser.find("webhooks-settings form.add-endpoint button[type=submit]").click();
      assertTrue(browser.find("webhooks-settings code.secret").getText().startsWith("whsec_"));
      browser.find("webhooks-settings tr[data-endpoint='" + url + "']");

      tenant.client().post("/api/v1/customers", new JsonObject().put("firstName", "Hedwig").put("lastName", "Haken"))
          .expect(201);
      browser.await(d -> received.size() >= 1);
      browser.find("webhooks-settings tr[data-endpoint='" + url + "'] [data-action=deliveries]").click();
      WebElement delivery = browser.find("webhooks-settings tr[data-state=SUCCEEDED]");
      assertTrue(delivery.getText().contains("customer.created"), delivery.getText());
      browser.screenshot("settings-webhooks");

      delivery.findElement(By.cssSelector("[data-action=replay]")).click();
      browser.await(d -> received.size() >= 2);
      assertEquals(received.get(0), received.get(1), "sent again with the same webhook-id");

      browser.find("webhooks-settings tr[data-endpoint='" + url + "'] [data-action=toggle]").click();
      browser.await(d -> !endpoint(tenant).getBoolean("enabled"));
      assertTrue(browser.find("webhooks-settings tr[data-endpoint='" + url + "'] td.state").getText()
          .contains("disabled by a person"));
      assertFalse(endpoint(tenant).getBoolean("enabled"));
    }
  }

  private static JsonObject endpoint(TestTenant tenant) {
    return tenant.client().get("/api/v1/plugins/webhooks/endpoints").expect(200).items().get(0);
  }
}
