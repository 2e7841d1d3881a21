package dev.patron.core.json;

import dev.patron.core.security.Sha256;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * JSON with object members sorted by name, so two documents that differ only in member order or
 * whitespace hash the same.
 */
public final class CanonicalJson {

  private CanonicalJson() {
  }

  public static String encode(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  /** SHA-256 of the canonical form of {@code value}. */
  public static byte[] sha256(Object value) {
    return Sha256.of(encode(value).getBytes(StandardCharsets.UTF_8));
  }

  private static void write(Object value, StringBuilder out) {
    if (value instanceof JsonObject object) {
      List<String> names = new ArrayList<>(object.fieldNames());
      Collections.sort(names);
      out.append('{');
      for (int i = 0; i < names.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        writeString(names.get(i), out);
        out.append(':');
        write(object.getValue(names.get(i)), out);
      }
      out.append('}');
    } else if (value instanceof JsonArray array) {
      out.append('[');
      for (int i = 0; i < array.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(array.getValue(i), out);
      }
      out.append(']');
    } else if (value instanceof String text) {
      writeString(text, out);
    } else {
      out.append(value == null ? "null" : String.valueOf(value));
    }
  }

  private static void writeString(String text, StringBuilder out) {
    String encoded = new JsonArray().add(text).encode();
    out.append(encoded, 1, encoded.length() - 1);
  }
}
