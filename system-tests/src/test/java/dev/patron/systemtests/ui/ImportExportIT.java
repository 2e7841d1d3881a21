package dev.patron.systemtests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.systemtests.Bundled;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.StaffAccounts;
import dev.patron.testkit.StaffAccounts.SignedIn;
import dev.patron.testkit.TestTenant;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;

/** A manager imports a spreadsheet (dry run first, then for real) and exports what the list shows. */
class ImportExportIT {

  @RegisterExtension
  static PatronExtension patron = Bundled.everyPluginEnabled().build();

  @Test
  void aDryRunThenTheImportWithItsRejectedRowsThenTheExportOfASearch() throws Exception {
    TestTenant tenant = patron.newTenant();
    SignedIn owner = StaffAccounts.owner(patron.admin(), tenant.id(), "owner@import.example");
    StaffAccounts.member(owner, "manager@import.example", "MANAGER");
    Path file = Files.createTempFile("kunden", ".csv");
    Files.writeString(file, "Kundennummer;Vorname;Nachname;E-Mail;Ort\r\nK-1;Anna;Berger;anna@example.at;Wien\r\n"
        + "K-2;Ben;;ben@example;Graz\r\nK-3;Clara;Huber;clara@example.at;Linz\r\n", StandardCharsets.UTF_8);

    try (Browser browser = Browser.open(patron.server().baseUri(), 1280, 1000)) {
      browser.signIn(tenant.id(), "manager@import.example", StaffAccounts.PASSWORD);
      browser.find("a[href='#/import']").click();
      browser.find("input[type=file]").sendKeys(file.toString());
      browser.find("patron-import-page button.secondary").click();
      WebElement job = browser.find(".import-job[data-state=SUCCEEDED]");
      assertTrue(job.getText().contains("Kundennummer"), "the detected columns: " + job.getText());
      assertTrue(job.getText().contains("referenceId"));
      assertEquals(0, tenant.client().get("/api/v1/customers").expect(200).items().size(), "a dry run saves nothing");
      WebElement rejectedRows = browser.find("table.rejected-rows tbody");
      assertEquals(1, rejectedRows.findElements(org.openqa.selenium.By.tagName("tr")).size(), rejectedRows.getText());
      assertTrue(rejectedRows.getText().contains("lastName"), "the dry run's error, row by row: " + rejectedRows.getText());

      browser.find("patron-import-page button[type=submit]").click();
      browser.await(d -> browser.all(".import-job[data-state=SUCCEEDED]").size() == 1
          && !browser.find(".import-job").getText().contains("Dry run"));
      assertTrue(browser.find(".import-result").getText().contains("Created 2"), browser.find(".import-result").getText());
      String rejections = browser.find("a.rejections").getAttribute("href");
      browser.screenshot("import-done");
      assertEquals(2, tenant.client().get("/api/v1/customers").expect(200).items().size());
      String rejected = tenant.client().get(rejections.substring(rejections.indexOf("/api/v1/"))).expect(200).body();
      assertTrue(rejected.contains("K-2"), rejected);

      browser.find("a[href='#/customers']").click();
      browser.type("input[type=search]", "hub");
      browser.await(d -> browser.all("patron-customer-list tbody tr").size() == 1);
      String export = browser.find("[data-action=export]").getAttribute("href");
      assertTrue(export.contains("q=hub"), export);
      String csv = tenant.client().get(export.substring(export.indexOf("/api/v1/"))).expect(200).body();
      assertTrue(csv.contains("Clara") && !csv.contains("Anna"), csv);
    }
  }
}
