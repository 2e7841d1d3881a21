package dev.patron.api.http;

import dev.patron.api.problem.Problems;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;

/** Reading requests the same way in the core and in every plugin. */
public final class Requests {

  private Requests() {
  }

  /**
   * The request body as a JSON object; a 400 problem when it is missing, not JSON or not an object.
   * The host has already bounded the body size (413 past the limit).
   */
  public static JsonObject jsonObject(RoutingContext rc) {
    Buffer buffer = rc.body() == null ? null : rc.body().buffer();
    if (buffer == null || buffer.length() == 0) {
      throw Problems.badRequest("The request needs a JSON object body.");
    }
    Object value;
    try {
      value = buffer.toJsonValue();
    } catch (DecodeException e) {
      throw Problems.badRequest("The body is not valid JSON: " + firstLine(e.getMessage()));
    }
    if (!(value instanceof JsonObject object)) {
      throw Problems.badRequest("The body must be a JSON object.");
    }
    JsonTexts.rejectNulCharacters(object);
    return object;
  }

  /** A path parameter that must be a UUID; 404 when it is not, as no such resource can exist. */
  public static UUID pathId(RoutingContext rc, String name, String what) {
    String raw = rc.pathParam(name);
    try {
      UUID id = UUID.fromString(raw);
      if (id.toString().equalsIgnoreCase(raw)) {
        return id;
      }
    } catch (IllegalArgumentException | NullPointerException ignored) {
      // falls through to 404
    }
    throw Problems.notFound("No " + what + " with id " + raw + ".");
  }

  /** The {@code Idempotency-Key} header, or {@code null}; 400 when it is empty or longer than 255. */
  public static String idempotencyKey(RoutingContext rc) {
    String key = rc.request().getHeader("Idempotency-Key");
    if (key == null) {
      return null;
    }
    if (key.isBlank() || key.length() > 255) {
      throw Problems.badRequest("Idempotency-Key must be 1 to 255 characters.");
    }
    return key;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int newline = message.indexOf('\n');
    String line = newline < 0 ? message : message.substring(0, newline);
    return line.length() > 200 ? line.substring(0, 200) : line;
  }
}
