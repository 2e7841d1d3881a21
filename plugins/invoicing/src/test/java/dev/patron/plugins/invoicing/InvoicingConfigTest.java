package dev.patron.plugins.invoicing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.patron.api.problem.ProblemException;
import io.vertx.core.json.JsonObject;
import dev.patron.plugins.invoicing.tax.TaxMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoicingConfigTest {

  private final InvoicingConfig validator = new InvoicingConfig();

  @Test
  void fillsInDefaults() {
    JsonObject config = validator.validate(new JsonObject());
    assertEquals(new InvoicingSettings("INV-", "CN-", 14, 7, 0, TaxMode.EXCLUSIVE, null), InvoicingSettings.from(config));
  }

  @Test
  void keepsWhatTheAdminSet() {
    JsonObject config = validator.validate(new JsonObject().put("numberPrefix", "R/2026-")
        .put("paymentTermsDays", 30).put("taxRate", 7.5));
    assertEquals(new InvoicingSettings("R/2026-", "CN-", 30, 7, 750, TaxMode.EXCLUSIVE, null),
        InvoicingSettings.from(config));
    // As the host stores it: a JSON round trip turns the rate into a double.
    assertEquals(750, InvoicingSettings.from(new JsonObject(config.encode())).taxRateBasisPoints());
  }

  @Test
  void refusesWhatItCannotUse() {
    ProblemException problem = assertThrows(ProblemException.class, () -> validator.validate(new JsonObject()
        .put("numberPrefix", "INV<script>").put("paymentTermsDays", -1).put("taxRate", 10.555).put("currency", "EUR")));
    List<String> errors = problem.problem().errors().stream().map(e -> e.field() + ": " + e.message()).toList();
    assertEquals(List.of("numberPrefix: may contain letters, digits, spaces and . _ / # - only",
        "paymentTermsDays: must be between 0 and 365", "taxRate: must have at most 2 decimal places",
        "currency: unknown field"), errors);
  }

  @Test
  void percentagesLoseTrailingZeros() {
    assertEquals("10", InvoicingSettings.percent(1000).toPlainString());
    assertEquals("7.5", InvoicingSettings.percent(750).toPlainString());
    assertEquals("0", InvoicingSettings.percent(0).toPlainString());
  }

  private static JsonObject seller() {
    return new JsonObject().put("legalName", "Beisl am Eck GmbH").put("street", "Hauptstraße 1")
        .put("postalCode", "1010").put("city", "Wien").put("country", "AT").put("vatId", "ATU 1234 5678")
        .put("registryNumber", "FN 123456a").put("iban", "AT61 1904 3002 3457 3201").put("bic", "bkauatww")
        .put("email", "office@beisl.at").put("phone", "+43 1 234567");
  }

  @Test
  void keepsTheSellerNormalised() {
    JsonObject config = validator.validate(new JsonObject().put("taxMode", "INCLUSIVE").put("seller", seller()));
    InvoicingSettings settings = InvoicingSettings.from(config);
    assertEquals(TaxMode.INCLUSIVE, settings.taxMode());
    assertEquals("ATU12345678", settings.seller().vatId());
    assertEquals("AT611904300234573201", settings.seller().iban());
    assertEquals("AT61 1904 3002 3457 3201", settings.seller().ibanPrinted());
    assertEquals("BKAUATWW", settings.seller().bic());
  }

  @Test
  void refusesASellerWithAWrongIbanOrAForeignVatId() {
    List<String> errors = errors(new JsonObject().put("seller", seller().put("iban", "AT61 1904 3002 3457 3202")
        .put("vatId", "DE123456789").put("bic", "BKAU").put("country", "AT")));
    assertEquals(List.of("seller.vatId: is not a VAT id of AT (such as ATU12345678)",
        "seller.iban: has wrong check digits; look for a typo",
        "seller.bic: is not a BIC such as BKAUATWW or COBADEFFXXX"), errors);
    assertEquals(List.of("seller.iban: is not an IBAN of its country (" + ibanLengthMessage() + ")"),
        errors(new JsonObject().put("seller", seller().put("iban", "AT61 1904 3002 3457 320"))));
    assertEquals(List.of("seller.legalName: is required", "seller.street: is required",
            "seller.postalCode: is required", "seller.city: is required", "seller.country: is required",
            "seller.vatId: is required"),
        errors(new JsonObject().put("seller", new JsonObject())));
  }

  @Test
  void knowsTheVatIdsOfGermanyAndFrance() {
    assertEquals(List.of(), errors(new JsonObject().put("seller", seller().put("country", "DE")
        .put("vatId", "DE123456789").put("iban", "DE89 3704 0044 0532 0130 00").put("bic", "COBADEFFXXX"))));
    assertEquals(List.of(), errors(new JsonObject().put("seller", seller().put("country", "FR")
        .put("vatId", "FR40 303 265 045"))));
    assertEquals(List.of("seller.vatId: is not a VAT id of FR (such as FR12345678901)"),
        errors(new JsonObject().put("seller", seller().put("country", "FR").put("vatId", "FR123"))));
  }

  @Test
  void creditNotesNeedASeriesOfTheirOwn() {
    assertEquals(List.of("creditNotePrefix: must differ from numberPrefix: credit notes are a series of their own"),
        errors(new JsonObject().put("numberPrefix", "R-").put("creditNotePrefix", "R-")));
  }

  private static String ibanLengthMessage() {
    try {
      org.iban4j.IbanUtil.validate("AT611904300234573 20".replace(" ", ""));
      return "";
    } catch (org.iban4j.Iban4jException e) {
      return e.getMessage();
    }
  }

  private List<String> errors(JsonObject config) {
    try {
      validator.validate(config);
      return List.of();
    } catch (ProblemException problem) {
      return problem.problem().errors().stream().map(e -> e.field() + ": " + e.message()).toList();
    }
  }
}
