package dev.patron.plugins.invoicing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.patron.api.problem.ProblemException;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoicingConfigTest {

  private final InvoicingConfig validator = new InvoicingConfig();

  @Test
  void fillsInDefaults() {
    JsonObject config = validator.validate(new JsonObject());
    assertEquals(new InvoicingSettings("INV-", 14, 0), InvoicingSettings.from(config));
  }

  @Test
  void keepsWhatTheAdminSet() {
    JsonObject config = validator.validate(new JsonObject().put("numberPrefix", "R/2026-")
        .put("paymentTermsDays", 30).put("taxRate", 7.5));
    assertEquals(new InvoicingSettings("R/2026-", 30, 750), InvoicingSettings.from(config));
    // As the host stores it: a JSON round trip turns the rate into a double.
    assertEquals(750, InvoicingSettings.from(new JsonObject(config.encode())).taxRateBasisPoints());
    assertEquals(new BigDecimal("7.5"), InvoicingSettings.from(config).taxRatePercent());
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
}
