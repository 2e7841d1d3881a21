package dev.patron.core.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.vertx.core.json.JsonObject;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

  @Test
  void sortsMembersAtEveryDepth() {
    JsonObject a = new JsonObject("{\"b\":1,\"a\":{\"y\":[2,{\"d\":1,\"c\":\"x\"}],\"x\":null}}");
    assertEquals("{\"a\":{\"x\":null,\"y\":[2,{\"c\":\"x\",\"d\":1}]},\"b\":1}", CanonicalJson.encode(a));
  }

  @Test
  void sameContentSameHashDifferentContentDifferentHash() {
    JsonObject a = new JsonObject("{\"x\":\"é\\\"\",\"y\":1}");
    JsonObject b = new JsonObject("{ \"y\" : 1, \"x\" : \"é\\\"\" }");
    assertArrayEquals(CanonicalJson.sha256(a), CanonicalJson.sha256(b));
    assertFalse(Arrays.equals(CanonicalJson.sha256(a), CanonicalJson.sha256(b.copy().put("y", 2))));
  }
}
