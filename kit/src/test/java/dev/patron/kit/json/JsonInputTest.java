package dev.patron.kit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.patron.api.problem.FieldError;
import dev.patron.api.problem.ProblemException;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonInputTest {

  @Test
  void collectsEveryErrorWithItsPath() {
    JsonInput in = JsonInput.of(new JsonObject()
        .put("name", "  ")
        .put("count", 1.5)
        .put("address", new JsonObject().put("city", 7).put("zip", "1010"))
        .put("extra", true));
    in.requiredString("name", 10);
    in.requiredString("missing", 10);
    in.longValue("count", 0, 10);
    JsonInput address = in.object("address");
    address.string("city", 50);
    address.rejectUnknownFields();
    in.rejectUnknownFields();

    assertEquals(List.of(
        new FieldError("name", "must not be blank"),
        new FieldError("missing", "is required"),
        new FieldError("count", "must be a whole number"),
        new FieldError("address.city", "must be a string"),
        new FieldError("address.zip", "unknown field"),
        new FieldError("extra", "unknown field")), in.errors());
    ProblemException problem = assertThrows(ProblemException.class, in::throwIfInvalid);
    assertEquals(400, problem.problem().status());
    assertEquals(6, problem.problem().errors().size());
  }

  @Test
  void trimsStringsAndBoundsTheirLength() {
    JsonInput in = JsonInput.of(new JsonObject().put("a", "  x  ").put("b", "abcdef").put("c", ""));
    assertEquals("x", in.string("a", 3));
    assertNull(in.string("b", 3));
    assertNull(in.string("c", 3));
    assertEquals(List.of(new FieldError("b", "must be at most 3 characters")), in.errors());
  }

  @Test
  void decimalsKeepTheirScale() {
    JsonInput in = JsonInput.of(new JsonObject().put("p", 12.5).put("q", 12.345).put("r", 101));
    assertEquals(new BigDecimal("12.5"), in.decimal("p", BigDecimal.ZERO, BigDecimal.valueOf(100), 2));
    assertNull(in.decimal("q", BigDecimal.ZERO, BigDecimal.valueOf(100), 2));
    assertNull(in.decimal("r", BigDecimal.ZERO, BigDecimal.valueOf(100), 2));
    assertEquals(2, in.errors().size());
  }
}
