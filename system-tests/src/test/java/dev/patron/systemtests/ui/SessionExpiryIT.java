package dev.patron.systemtests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.StaffAccounts;
import dev.patron.testkit.TestTenant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A session that ends mid-edit says so and keeps what was typed; after signing in again, Save works. */
class SessionExpiryIT {

  @RegisterExtension
  static PatronExtension patron = PatronExtension.builder().setting("PATRON_SESSION_IDLE_SECONDS", "3").build();

  @Test
  void anExpiredSessionKeepsTheFormAndItsInput() throws InterruptedException {
    TestTenant tenant = patron.newTenant();
    StaffAccounts.owner(patron.admin(), tenant.id(), "slow@expiry.example");
    try (Browser browser = Browser.open(patron.server().baseUri(), 1280, 1000)) {
      browser.signIn(tenant.id(), "slow@expiry.example", StaffAccounts.PASSWORD);
      browser.find("a[href='#/customers/new']").click();
      browser.type("input[name=firstName]", "Greta");
      browser.type("input[name=lastName]", "Langsam");
      Thread.sleep(3_500);
      browser.find("patron-customer-form button[type=submit]").click();
      browser.find("dialog.session-ended[open]");
      browser.screenshot("session-ended");
      assertEquals("Greta", browser.find("input[name=firstName]").getAttribute("value"), "the input is kept");

      browser.type("dialog.session-ended input[name=email]", "slow@expiry.example");
      browser.type("dialog.session-ended input[name=password]", StaffAccounts.PASSWORD);
      browser.find("dialog.session-ended button[type=submit]").click();
      browser.await(d -> browser.all("dialog.session-ended[open]").isEmpty());
      browser.find("patron-customer-form button[type=submit]").click();
      browser.awaitText("Greta Langsam");
      assertTrue(browser.driver().getCurrentUrl().contains("#/customers/"));
    }
  }
}
