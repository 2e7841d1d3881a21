package dev.patron.kit.json;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads an array of objects in a body, each with its own {@link JsonInput} whose errors are named
 * {@code field[index].member} and reported with the rest of the body's.
 */
public final class Items {

  private Items() {
  }

  /**
   * The items of {@code field}, {@code min} to {@code max} of them; an empty list (and recorded
   * errors) when the array is absent, too long or holds something that is not an object. An item
   * whose reader recorded an error is still returned, so later checks can go on; the errors stop
   * the request at {@link JsonInput#throwIfInvalid()}.
   */
  public static <T> List<T> read(JsonInput in, String field, int min, int max, Function<JsonInput, T> reader) {
    boolean present = in.json().getValue(field) != null;
    JsonArray array = in.array(field, max);
    List<T> items = new ArrayList<>();
    if (array == null) {
      if (!present && min > 0) {
        in.error(field, "is required");
      }
      return items;
    }
    if (array.size() < min) {
      in.error(field, "must have at least " + min + (min == 1 ? " entry" : " entries"));
    }
    for (int i = 0; i < array.size(); i++) {
      String path = in.pathOf(field) + "[" + i + "]";
      if (!(array.getValue(i) instanceof JsonObject object)) {
        in.error(field + "[" + i + "]", "must be an object");
        continue;
      }
      JsonInput item = JsonInput.of(object, path);
      T value = reader.apply(item);
      item.rejectUnknownFields();
      item.errors().forEach(error -> in.error(relative(in, error.field()), error.message()));
      items.add(value);
    }
    return items;
  }

  /** The item's error path relative to {@code in}, which prefixes its own path again. */
  private static String relative(JsonInput in, String field) {
    String prefix = in.pathOf("");
    return prefix.isEmpty() || !field.startsWith(prefix) ? field : field.substring(prefix.length());
  }
}
