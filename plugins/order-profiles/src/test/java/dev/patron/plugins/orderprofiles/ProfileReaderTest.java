package dev.patron.plugins.orderprofiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.api.problem.ProblemException;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileReaderTest {

  private static JsonObject delivery() {
    return new JsonObject().put("name", "Delivery").put("code", "deliv-1").put("mode", "DELIVERY");
  }

  private static List<String> errors(JsonObject json) {
    ProblemException problem = assertThrows(ProblemException.class, () -> ProfileReader.read(json));
    assertEquals(400, problem.problem().status());
    return problem.problem().errors().stream().map(e -> e.field() + ": " + e.message()).toList();
  }

  @Test
  void fillsDefaultsAndNormalisesTheCode() {
    ProfileDraft draft = ProfileReader.read(delivery());
    assertEquals("DELIV-1", draft.code());
    assertTrue(draft.customerRequired(), "a delivery needs a customer");
    assertTrue(draft.active());
    assertFalse(draft.tenantDefault());
    assertNull(draft.serviceChargePercent());

    ProfileDraft dineIn = ProfileReader.read(new JsonObject().put("name", "Hall").put("code", "HALL")
        .put("mode", "DINE_IN").put("serviceChargePercent", 12.50));
    assertFalse(dineIn.customerRequired());
    assertEquals(new BigDecimal("12.5"), dineIn.serviceChargePercent());
  }

  @Test
  void refusesADeliveryWithoutCustomer() {
    assertEquals(List.of("customerRequired: must be true for DELIVERY: a delivery needs a customer to deliver to"),
        errors(delivery().put("customerRequired", false)));
  }

  @Test
  void reportsEveryInvalidFieldAtOnce() {
    JsonObject json = new JsonObject().put("name", " ").put("code", "no spaces").put("mode", "PICKUP")
        .put("serviceChargePercent", 12.345).put("active", "yes").put("colour", "red").put("version", 3);
    assertEquals(List.of(
        "version: is read-only",
        "name: must not be blank",
        "code: must be letters A-Z, digits, '-' or '_', starting with a letter or digit",
        "mode: must be one of DINE_IN, TAKEAWAY, DELIVERY",
        "serviceChargePercent: must have at most 2 decimal places",
        "active: must be true or false",
        "colour: unknown field"), errors(json));
  }

  @Test
  void boundsTheServiceCharge() {
    assertEquals(List.of("serviceChargePercent: must be between 0 and 100"),
        errors(delivery().put("serviceChargePercent", 100.01)));
    assertEquals(List.of("serviceChargePercent: must be between 0 and 100"),
        errors(delivery().put("serviceChargePercent", -1)));
    assertEquals(new BigDecimal("100"), ProfileReader.read(delivery().put("serviceChargePercent", 100)).serviceChargePercent());
  }

  @Test
  void requiresNameCodeAndMode() {
    assertEquals(List.of("name: is required", "code: is required", "mode: is required"), errors(new JsonObject()));
  }

  @Test
  void theTenantDefaultMustBeActive() {
    assertEquals(List.of("tenantDefault: must be false for an inactive profile: the restaurant's default must be active"),
        errors(delivery().put("active", false).put("tenantDefault", true)));
  }

  @Test
  void writableFieldsReadBackUnchanged() {
    ProfileDraft draft = ProfileReader.read(delivery().put("serviceChargePercent", 7.5).put("tenantDefault", true));
    assertEquals(draft, ProfileReader.read(draft.toJson()));
  }
}
