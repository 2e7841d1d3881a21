package dev.patron.api.problem;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An RFC 9457 problem: what went wrong, in words a client can act on.
 *
 * <p>{@code code} is a short stable slug (e.g. {@code validation}, {@code unpaid-invoice}); the
 * problem's {@code type} URI is derived from it. {@code properties} are extension members added to
 * the JSON document beside the standard ones (e.g. {@code plugin}, {@code balance}).
 */
public record Problem(
    int status,
    String code,
    String title,
    String detail,
    List<FieldError> errors,
    Map<String, Object> properties) {

  /** Base of every problem {@code type} URI. */
  public static final String TYPE_BASE = "https://patron.dev/problems/";

  public Problem {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("a problem's status is 4xx or 5xx, not " + status);
    }
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(title, "title");
    errors = errors == null ? List.of() : List.copyOf(errors);
    properties = properties == null ? Map.of() : Map.copyOf(properties);
  }

  public static Problem of(int status, String code, String title, String detail) {
    return new Problem(status, code, title, detail, List.of(), Map.of());
  }

  /** A copy with one more extension member. */
  public Problem with(String name, Object value) {
    Map<String, Object> copy = new LinkedHashMap<>(properties);
    copy.put(name, value);
    return new Problem(status, code, title, detail, errors, copy);
  }

  public String type() {
    return TYPE_BASE + code;
  }

  public ProblemException toException() {
    return new ProblemException(this);
  }

  public JsonObject toJson() {
    JsonObject json = new JsonObject()
        .put("type", type())
        .put("title", title)
        .put("status", status);
    if (detail != null) {
      json.put("detail", detail);
    }
    properties.forEach(json::put);
    if (!errors.isEmpty()) {
      JsonArray array = new JsonArray();
      errors.forEach(error -> array.add(error.toJson()));
      json.put("errors", array);
    }
    return json;
  }
}
