package dev.patron.kit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.api.problem.ProblemException;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

  @Test
  void readsValuesAsVertxDoes() {
    Object value = StrictJson.parse(Buffer.buffer(
        "{\"s\":\"x\",\"i\":1,\"l\":9999999999,\"b\":123456789012345678901234,\"d\":1.5,\"t\":true,\"n\":null,\"a\":[1,{}]}"));
    JsonObject object = assertInstanceOf(JsonObject.class, value);
    assertEquals("x", object.getString("s"));
    assertEquals(1, object.getValue("i"));
    assertEquals(9999999999L, object.getValue("l"));
    assertEquals(new BigInteger("123456789012345678901234"), object.getValue("b"));
    assertEquals(1.5, object.getValue("d"));
    assertEquals(true, object.getValue("t"));
    assertTrue(object.containsKey("n"));
    assertEquals(new JsonArray().add(1).add(new JsonObject()), object.getJsonArray("a"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "{\"a\":1,/* x */\"b\":2}     | unexpected '/': JSON has no comments (line 1, column 8)",
      "{\"a\":1 // x\\n}           | unexpected '/': JSON has no comments (line 1, column 8)",
      "{'a':1}                     | unexpected single quote: JSON strings take double quotes (line 1, column 2)",
      "{\"a\":1,}                  | unexpected '}': is there a comma before it, or a value missing? (line 1, column 8)",
      "[1,2,]                      | unexpected ']': is there a comma before it, or a value missing? (line 1, column 6)",
      "{\"a\":1,\"a\":2}           | the member \"a\" appears twice",
      "{\"a\":1} x                 | unexpected word 'x': JSON's only bare words are true, false and null",
      "{\"a\":1} {}                | there is more after the JSON value (line 1, column 9)",
      "{\"a\":                     | the body ends before the JSON value is complete",
      "{\"a\":NaN}                 | unexpected",
  })
  void refusesWhatRfc8259Refuses(String body, String expected) {
    ProblemException problem = assertThrows(ProblemException.class,
        () -> StrictJson.parse(Buffer.buffer(body.replace("\\n", "\n"))));
    String detail = problem.problem().detail();
    assertTrue(detail.startsWith("The body is not valid JSON: " + expected), detail);
    assertEquals(400, problem.problem().status());
  }

  @Test
  void refusesTheNulCharacterInValuesAndNamesButNotAnEscapedBackslash() {
    for (String body : new String[] {"{\"a\":\"x\\u0000y\"}", "{\"a\\u0000\":1}", "[[\"\\u0000\"]]"}) {
      ProblemException refused = assertThrows(ProblemException.class, () -> StrictJson.parse(Buffer.buffer(body)), body);
      assertEquals(400, refused.problem().status());
      assertTrue(refused.problem().detail().contains("NUL"), refused.problem().detail());
    }
    assertEquals("\\u0000", ((JsonObject) StrictJson.parse(Buffer.buffer("{\"a\":\"\\\\u0000\"}"))).getString("a"),
        "a backslash, then u0000: text, not NUL");
  }

  @Test
  void refusesDeepNestingAndBadEncoding() {
    String deep = "[".repeat(StrictJson.MAX_DEPTH + 1) + "]".repeat(StrictJson.MAX_DEPTH + 1);
    assertTrue(assertThrows(ProblemException.class, () -> StrictJson.parse(Buffer.buffer(deep)))
        .problem().detail().contains("nests deeper than 32"));
    Buffer latin1 = Buffer.buffer(new byte[] {'"', (byte) 0xff, '"'});
    assertTrue(assertThrows(ProblemException.class, () -> StrictJson.parse(latin1))
        .problem().detail().contains("not UTF-8"));
    assertTrue(assertThrows(ProblemException.class, () -> StrictJson.parse(Buffer.buffer("  ")))
        .problem().detail().contains("empty"));
  }
}
