package dev.patron.api.problem;

import io.vertx.core.json.JsonObject;
import java.util.Objects;

/**
 * One invalid input field: {@code field} is the JSON path the client sent (e.g.
 * {@code primaryAddress.country}), {@code message} says what to change.
 */
public record FieldError(String field, String message) {

  public FieldError {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  public JsonObject toJson() {
    return new JsonObject().put("field", field).put("message", message);
  }
}
