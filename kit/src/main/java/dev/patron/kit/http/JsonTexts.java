package dev.patron.kit.http;

import dev.patron.api.problem.Problems;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * PostgreSQL can store neither text nor jsonb holding U+0000, so such input is refused up front
 * with a 400 instead of failing later in the database.
 */
final class JsonTexts {

  private JsonTexts() {
  }

  static void rejectNulCharacters(Object value) {
    if (value instanceof String text) {
      if (text.indexOf('\u0000') >= 0) {
        throw Problems.badRequest("Text must not contain the NUL character (\\u0000).");
      }
    } else if (value instanceof JsonObject object) {
      for (var entry : object) {
        rejectNulCharacters(entry.getKey());
        rejectNulCharacters(entry.getValue());
      }
    } else if (value instanceof JsonArray array) {
      for (Object item : array) {
        rejectNulCharacters(item);
      }
    }
  }
}
