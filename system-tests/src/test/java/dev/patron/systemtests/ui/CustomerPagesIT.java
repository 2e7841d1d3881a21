package dev.patron.systemtests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.StaffAccounts;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The back office in a real Chromium against the real server: signing in by the restaurant's short
 * name, the customer list searched as one types, adding a customer (field errors beside their
 * fields), the customer page with its edit dialogs saved with If-Match, and a stale edit.
 */
class CustomerPagesIT {

  @RegisterExtension
  static PatronExtension patron = PatronExtension.builder().pluginsFromProperty("patron.plugin.jar").build();

  private record Restaurant(TestTenant tenant, String slug, String email) {
  }

  private static Restaurant restaurant(String language) {
    String slug = "trattoria-" + UUID.randomUUID().toString().substring(0, 8);
    TestTenant tenant = patron.newTenant(new JsonObject().put("name", "Trattoria Roma").put("currency", "EUR")
        .put("language", "de-AT").put("timeZone", "Europe/Vienna").put("slug", slug));
    String email = "anna@" + slug + ".example";
    JsonObject invited = patron.admin().post("/api/v1/admin/tenants/" + tenant.id() + "/owners",
        new JsonObject().put("email", email).put("name", "Anna Berger").put("language", language)).expect(201).json();
    patron.server().anonymous().post("/api/v1/auth/password-links", new JsonObject()
        .put("token", StaffAccounts.linkToken(invited)).put("password", StaffAccounts.PASSWORD)).expect(200);
    for (String[] name : new String[][] {{"Sophie", "Müller"}, {"Max", "Mustermann"}, {"Lena", "Huber"}}) {
      tenant.client().post("/api/v1/customers", new JsonObject().put("firstName", name[0]).put("lastName", name[1])
          .put("email", name[0].toLowerCase() + "@example.at")).expect(201);
    }
    return new Restaurant(tenant, slug, email);
  }

  private static void signIn(Browser browser, Restaurant restaurant) {
    browser.signIn(restaurant.slug(), restaurant.email(), StaffAccounts.PASSWORD);
    browser.find("patron-customer-list table tbody tr");
  }

  @Test
  void signInSearchAddAndEditACustomer() {
    Restaurant restaurant = restaurant("en");
    try (Browser browser = Browser.open(patron.server().baseUri(), 1280, 900)) {
      browser.go("/");
      browser.find("patron-sign-in form");
      browser.screenshot("sign-in");
      browser.type("input[name=tenant]", restaurant.slug());
      browser.type("input[name=email]", restaurant.email());
      browser.type("input[name=password]", "not the password at all");
      browser.find("button[type=submit]").click();
      assertEquals("The email or the password is wrong.", browser.find("patron-sign-in [role=alert]").getText());
      signIn(browser, restaurant);
      browser.await(d -> browser.all("patron-customer-list tbody tr").size() == 3);
      browser.screenshot("customers");

      browser.type("input[type=search]", "mül");
      browser.await(d -> browser.all("patron-customer-list tbody tr").size() == 1);
      assertTrue(browser.find("patron-customer-list tbody tr").getText().contains("Müller, Sophie"));

      browser.find("a[href='#/customers/new']").click();
      browser.type("input[name=firstName]", "Ida");
      browser.type("input[name=primaryPhone]", "0660 1234567");
      browser.type("input[name='primaryAddress.city']", "Wien");
      browser.type("input[name='primaryAddress.country']", "AT");
      browser.find("patron-customer-form button[type=submit]").click();
      WebElement lastNameError = browser.find("#f-lastName-error");
      assertFalse(lastNameError.getText().isBlank(), "the API's error stands beside the field");
      assertEquals("true", browser.find("#f-lastName").getAttribute("aria-invalid"));
      browser.screenshot("add-customer-error");
      browser.type("input[name=lastName]", "Lee");
      browser.find("patron-customer-form button[type=submit]").click();

      browser.find("patron-customer-page h1");
      browser.awaitText("Ida Lee");
      assertTrue(browser.find(".normalised").getText().startsWith("+43"), "the phone's normalised form is shown");
      browser.find("[data-section=contact] button").click();
      WebElement company = browser.find("dialog[open] input[name=company]");
      company.sendKeys("Lee Catering");
      browser.find("dialog[open] button[type=submit]").click();
      browser.await(d -> browser.all("dialog[open]").isEmpty());
      browser.awaitText("Lee Catering");
      browser.screenshot("customer-page");
      String shown = browser.driver().getCurrentUrl().replaceAll(".*#/customers/", "");
      browser.find("[data-section=contact] input[role=switch]").click();
      browser.await(d -> restaurant.tenant().client().get("/api/v1/customers/" + shown).expect(200).json()
          .getBoolean("emailNotifications"));

      // Someone else changes the customer while the dialog is open: the save says so and offers to reload.
      String id = browser.driver().getCurrentUrl().replaceAll(".*#/customers/", "");
      browser.find("[data-section=notes] button").click();
      browser.find("dialog[open] textarea[name=notes]").sendKeys("Allergic to nuts");
      restaurant.tenant().client().patch("/api/v1/customers/" + id, new JsonObject().put("company", "Changed elsewhere"))
          .expect(200);
      browser.find("dialog[open] button[type=submit]").click();
      assertEquals("Someone else changed this customer meanwhile.",
          browser.find("dialog[open] [role=alert]").getText().split("\n")[0].replace("Reload", "").strip());
      browser.find("dialog[open] [role=alert] button").click();
      browser.awaitText("Changed elsewhere");

      browser.find("header nav button").click();
      browser.find("patron-sign-in form");
    }
  }

  @Test
  void theBackOfficeSpeaksTheStaffUsersLanguage() {
    Restaurant restaurant = restaurant("de");
    try (Browser browser = Browser.open(patron.server().baseUri(), 390, 844)) {
      signIn(browser, restaurant);
      browser.awaitText("Kunden");
      assertTrue(browser.text().contains("+ Kunde hinzufügen"), browser.text());
      assertEquals("de", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
      browser.screenshot("customers-de-phone");
      browser.find("a[href='#/customers/new']").click();
      browser.awaitText("Vorname");
      assertTrue(browser.text().contains("E-Mail-Benachrichtigungen erlauben"));
      assertTrue(browser.text().contains("Fragen Sie den Kunden vorher um Erlaubnis."));
    }
  }

  @Test
  void everythingOnTheWayWorksByKeyboard() {
    Restaurant restaurant = restaurant("en");
    try (Browser browser = Browser.open(patron.server().baseUri(), 1280, 900)) {
      browser.go("/");
      browser.find("input[name=tenant]").sendKeys(restaurant.slug(), Keys.TAB, restaurant.email());
      browser.find("input[name=password]").sendKeys(StaffAccounts.PASSWORD, Keys.ENTER);
      browser.find("patron-customer-list tbody tr");
      assertEquals("search", browser.driver().switchTo().activeElement().getAttribute("type"),
          "the search field has the focus, ready for typing");
      Actions keys = new Actions(browser.driver());
      for (int i = 0; i < 10 && !browser.driver().switchTo().activeElement().getText().contains("Add customer"); i++) {
        keys.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
      }
      browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
      browser.find("patron-customer-form input[name=firstName]");
      browser.go("/#/customers");
      browser.find("patron-customer-list tbody tr a").sendKeys(Keys.ENTER);
      browser.find("[data-section=notes] button").sendKeys(Keys.ENTER);
      WebElement dialog = browser.find("dialog[open]");
      assertTrue(dialog.findElements(By.cssSelector("textarea")).size() == 1);
      keys.sendKeys(Keys.ESCAPE).perform();
      browser.await(d -> browser.all("dialog[open]").isEmpty());
    }
  }

  @Test
  void andFrenchForAFrenchSpeakingOwner() {
    Restaurant restaurant = restaurant("fr");
    try (Browser browser = Browser.open(patron.server().baseUri(), 1280, 900)) {
      signIn(browser, restaurant);
      browser.awaitText("Clients");
      assertTrue(browser.text().contains("+ Ajouter un client"), browser.text());
      browser.find("patron-customer-list tbody tr a").click();
      browser.awaitText("Coordonnées");
      assertTrue(browser.text().contains("Adresse postale"));
      browser.find("[data-section=contact] button").click();
      assertTrue(browser.find("dialog[open]").getText().contains("Prénom"));
      assertEquals("fr", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
    }
  }

  @Test
  void anInvitationLinkOpensThePageThatSetsThePassword() {
    TestTenant tenant = patron.newTenant();
    JsonObject invited = patron.admin().post("/api/v1/admin/tenants/" + tenant.id() + "/owners",
        new JsonObject().put("email", "new-owner@example.at").put("name", "Nora Neu")).expect(201).json();
    String url = invited.getJsonObject("link").getString("url");
    try (Browser browser = Browser.open(patron.server().baseUri(), 1280, 900)) {
      browser.go(url.substring(url.indexOf("/set-password")));
      browser.type("input[name=password]", "short");
      browser.find("button[type=submit]").click();
      browser.type("input[name=password]", "password12345");
      browser.find("button[type=submit]").click();
      browser.await(d -> browser.find("#password-hint").getText().contains("common"));
      browser.type("input[name=password]", StaffAccounts.PASSWORD);
      browser.find("button[type=submit]").click();
      browser.find("[role=status]");
    }
    StaffAccounts.signIn(patron.server().anonymous(), tenant.id(), "new-owner@example.at", StaffAccounts.PASSWORD);
  }
}
