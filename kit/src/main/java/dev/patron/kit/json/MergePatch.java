package dev.patron.kit.json;

import io.vertx.core.json.JsonObject;

/**
 * JSON Merge Patch (RFC 7386): members of the patch replace those of the target, {@code null}
 * removes a member, nested objects merge recursively, anything else (arrays included) replaces.
 */
public final class MergePatch {

  private MergePatch() {
  }

  /** A new object: {@code target} with {@code patch} applied; neither argument is modified. */
  public static JsonObject apply(JsonObject target, JsonObject patch) {
    JsonObject result = target == null ? new JsonObject() : target.copy();
    for (String name : patch.fieldNames()) {
      Object value = patch.getValue(name);
      if (value == null) {
        result.remove(name);
      } else if (value instanceof JsonObject object) {
        Object current = result.getValue(name);
        result.put(name, apply(current instanceof JsonObject existing ? existing : null, object));
      } else {
        result.put(name, value);
      }
    }
    return result;
  }
}
