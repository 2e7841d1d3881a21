package dev.patron.kit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

class MergePatchTest {

  @Test
  void rfc7386Examples() {
    JsonObject target = new JsonObject("{\"a\":\"b\",\"c\":{\"d\":\"e\",\"f\":\"g\"}}");
    JsonObject patch = new JsonObject("{\"a\":\"z\",\"c\":{\"f\":null}}");
    assertEquals(new JsonObject("{\"a\":\"z\",\"c\":{\"d\":\"e\"}}"), MergePatch.apply(target, patch));
  }

  @Test
  void nullRemovesAndArraysReplace() {
    JsonObject target = new JsonObject("{\"a\":[1,2],\"b\":1}");
    JsonObject patch = new JsonObject("{\"a\":[3],\"b\":null,\"n\":{\"x\":null,\"y\":1}}");
    assertEquals(new JsonObject("{\"a\":[3],\"n\":{\"y\":1}}"), MergePatch.apply(target, patch));
  }

  @Test
  void leavesInputsUntouched() {
    JsonObject target = new JsonObject("{\"a\":{\"b\":1}}");
    JsonObject patch = new JsonObject("{\"a\":{\"b\":2}}");
    MergePatch.apply(target, patch);
    assertEquals(new JsonObject("{\"a\":{\"b\":1}}"), target);
  }
}
