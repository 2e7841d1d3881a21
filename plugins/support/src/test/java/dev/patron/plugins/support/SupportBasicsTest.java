package dev.patron.plugins.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.patron.kit.json.JsonInput;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SupportBasicsTest {

  private static List<String> codeErrors(Object code) {
    JsonInput in = JsonInput.of(new JsonObject().put("code", code));
    assertNull(Codes.read(in));
    return in.errors().stream().map(e -> e.field() + ": " + e.message()).toList();
  }

  @Test
  void decimalsArePlain() {
    assertEquals(new BigDecimal("12.5"), Decimals.plain(new BigDecimal("12.50")));
    assertEquals("100", Decimals.plain(new BigDecimal("1.00E+2")).toPlainString());
    assertEquals(0, Decimals.plain(new BigDecimal("100")).scale(), "no exponent");
    assertNull(Decimals.plain(null));
  }

  @Test
  void codesAreUpperCaseRegisterCodes() {
    assertEquals("DELIV-1_A", Codes.read(JsonInput.of(new JsonObject().put("code", "deliv-1_a"))));
    assertEquals(List.of("code: must be letters A-Z, digits, '-' or '_', starting with a letter or digit"),
        codeErrors("no spaces"));
    assertEquals(List.of("code: must be letters A-Z, digits, '-' or '_', starting with a letter or digit"),
        codeErrors("-x"));
    assertEquals(List.of("code: is required"), codeErrors(null));
    assertEquals(1, codeErrors("A".repeat(Codes.MAX_LENGTH + 1)).size());
    assertEquals("A".repeat(Codes.MAX_LENGTH), Codes.read(JsonInput.of(new JsonObject().put("code", "a".repeat(40)))));
  }

  @Test
  void sqlNamesArePlainIdentifiers() {
    assertThrows(IllegalArgumentException.class, () -> new CustomerDefaults("order_profiles", "profile_id; DROP"));
    assertThrows(IllegalArgumentException.class, () -> new CustomerDefaults("Order-Profiles", "profile_id"));
    assertThrows(IllegalArgumentException.class, () -> SqlNames.columnList("id,code"));
    assertEquals("a.b", SqlNames.qualified("a", "b"));
    assertEquals("id, code", SqlNames.columnList("id, code"));
  }
}
