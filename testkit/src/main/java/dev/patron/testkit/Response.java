package dev.patron.testkit;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.stream.Collectors;

/** An HTTP response as tests look at it. */
public record Response(int status, HttpHeaders headers, byte[] bytes) {

  public String body() {
    return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The body as a JSON object; fails the test with the body shown if it is not one. */
  public JsonObject json() {
    try {
      return new JsonObject(body());
    } catch (RuntimeException e) {
      throw new AssertionError("expected a JSON object, got " + status + ": " + body(), e);
    }
  }

  /** The {@code items} of a list response. */
  public List<JsonObject> items() {
    JsonArray items = json().getJsonArray("items");
    return items.stream().map(JsonObject.class::cast).collect(Collectors.toList());
  }

  public String header(String name) {
    return headers.firstValue(name).orElse(null);
  }

  /** Returns this response if it has {@code expected} status, else fails showing the body. */
  public Response expect(int expected) {
    if (status != expected) {
      throw new AssertionError("expected HTTP " + expected + " but got " + status + ": " + body());
    }
    return this;
  }

  /** The problem's field errors as "field: message" lines, for compact assertions. */
  public List<String> fieldErrors() {
    JsonArray errors = json().getJsonArray("errors", new JsonArray());
    return errors.stream().map(JsonObject.class::cast)
        .map(e -> e.getString("field") + ": " + e.getString("message"))
        .collect(Collectors.toList());
  }

  @Override
  public String toString() {
    return status + " " + body();
  }
}
