package dev.patron.plugins.invoicing.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.patron.kit.json.JsonInput;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountSettingsTest {

  @Test
  void readsAndWritesTheNamespace() {
    JsonObject given = new JsonObject().put("billingEnabled", true)
        .put("creditLimit", new JsonObject().put("amount", 50000));
    AccountSettings settings = AccountSettings.read(JsonInput.of(given), "EUR");
    assertEquals(new AccountSettings(true, 50000L), settings);
    assertEquals(new JsonObject().put("billingEnabled", true)
        .put("creditLimit", new JsonObject().put("amount", 50000L).put("currency", "EUR")), settings.toExtension("EUR"));
  }

  @Test
  void noCreditLimitMeansNoLimit() {
    AccountSettings settings = AccountSettings.read(JsonInput.of(new JsonObject().put("billingEnabled", false)), "EUR");
    assertEquals(new AccountSettings(false, null), settings);
    assertEquals(new JsonObject().put("billingEnabled", false), settings.toExtension("EUR"));
  }

  @Test
  void reportsEveryInvalidField() {
    JsonInput in = JsonInput.of(new JsonObject().put("creditLimit",
        new JsonObject().put("amount", -1).put("currency", "USD")).put("tier", "gold"));
    assertNull(AccountSettings.read(in, "EUR"));
    assertEquals(List.of("billingEnabled: is required", "creditLimit.amount: must be between 0 and 1000000000000",
        "creditLimit.currency: must be EUR, the restaurant's currency", "tier: unknown field"),
        in.errors().stream().map(e -> e.field() + ": " + e.message()).toList());
  }
}
