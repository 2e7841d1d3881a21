package dev.patron.systemtests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.systemtests.Bundled;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.StaffAccounts;
import dev.patron.testkit.StaffAccounts.SignedIn;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.support.ui.Select;

/** Settings: owners manage the staff, managers the plugins' settings pages; staff see none of it. */
class SettingsIT {

  @RegisterExtension
  static PatronExtension patron = Bundled.everyPluginEnabled().build();

  @Test
  void anOwnerInvitesChangesAndDisablesStaffButCannotDemoteTheLastOwner() {
    TestTenant tenant = patron.newTenant();
    SignedIn owner = StaffAccounts.owner(patron.admin(), tenant.id(), "owner@settings.example");
    try (Browser browser = Browser.open(patron.server().baseUri(), 1280, 1000)) {
      browser.signIn(tenant.id(), "owner@settings.example", StaffAccounts.PASSWORD);
      browser.find("a[href='#/settings']").click();
      browser.type("form.invite input[name=name]", "Walter Kellner");
      browser.type("form.invite input[name=email]", "walter@settings.example");
      browser.find("form.invite button[type=submit]").click();
      assertTrue(browser.find("code.link").getText().contains("/set-password#token=ptl_"));
      browser.screenshot("settings-staff");

      new Select(browser.find("tr[data-staff='walter@settings.example'] select")).selectByValue("MANAGER");
      browser.await(d -> "MANAGER".equals(role(owner, "walter@settings.example")));
      browser.find("tr[data-staff='walter@settings.example'] [data-action=disable]").click();
      browser.await(d -> "DISABLED".equals(state(owner, "walter@settings.example")));

      new Select(browser.find("tr[data-staff='owner@settings.example'] select")).selectByValue("STAFF");
      assertTrue(browser.find("patron-staff-settings [role=alert]").getText().contains("only active owner"));
      assertEquals("OWNER", role(owner, "owner@settings.example"));
    }
  }

  @Test
  void managersKeepTheDiscountsAndProfilesStaffSeeNoSettings() {
    TestTenant tenant = patron.newTenant();
    SignedIn owner = StaffAccounts.owner(patron.admin(), tenant.id(), "owner@pages.example");
    StaffAccounts.member(owner, "manager@pages.example", "MANAGER");
    StaffAccounts.member(owner, "waiter@pages.example", "STAFF");
    try (Browser browser = Browser.open(patron.server().baseUri(), 1280, 1000)) {
      browser.signIn(tenant.id(), "manager@pages.example", StaffAccounts.PASSWORD);
      browser.find("a[href='#/settings']").click();
      browser.find("a[href='#/settings/discounts-settings']").click();
      assertTrue(browser.all("a[href='#/settings/staff']").isEmpty(), "only owners manage the staff");
      browser.type("discounts-settings input[name=name]", "Stammgast");
      browser.type("discounts-settings input[name=code]", "STAMM");
      browser.type("discounts-settings input[name=percentage]", "10");
      browser.find("discounts-settings button[type=submit]").click();
      browser.find("discounts-settings tr[data-code=STAMM]");
      browser.find("discounts-settings tr[data-code=STAMM] button").click();
      browser.await(d -> !tenant.client().get("/api/v1/plugins/discounts/discounts").expect(200).items().get(0)
          .getBoolean("active"));
      browser.find("a[href='#/settings/order-profiles-settings']").click();
      browser.find("order-profiles-settings form");
    }
    try (Browser browser = Browser.open(patron.server().baseUri(), 1280, 1000)) {
      browser.signIn(tenant.id(), "waiter@pages.example", StaffAccounts.PASSWORD);
      assertTrue(browser.all("a[href='#/settings']").isEmpty(), "staff see no settings");
    }
  }

  private static String role(SignedIn owner, String email) {
    return account(owner, email).getString("role");
  }

  private static String state(SignedIn owner, String email) {
    return account(owner, email).getString("state");
  }

  private static JsonObject account(SignedIn owner, String email) {
    return owner.client().get("/api/v1/staff").expect(200).items().stream()
        .filter(s -> s.getString("email").equals(email)).findFirst().orElseThrow();
  }
}
