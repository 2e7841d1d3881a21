package dev.patron.kit.http;

import dev.patron.kit.json.StrictJson;
import dev.patron.api.problem.Problems;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;

/** Reading requests the same way in the core and in every plugin. */
public final class Requests {

  private Requests() {
  }

  /**
   * Routing-context key of the body already parsed by the host ({@link StrictJson}), so a body is
   * parsed once per request whoever reads it.
   */
  public static final String PARSED_BODY = "patron.parsedBody";

  /**
   * The request body as a JSON object; a 400 problem when it is missing, not RFC 8259 JSON or not
   * an object. The host has already bounded the body size (413 past the limit) and its media type
   * (415 unless JSON).
   */
  public static JsonObject jsonObject(RoutingContext rc) {
    Object value = jsonValue(rc);
    if (value == null) {
      throw Problems.badRequest("The request needs a JSON object body.");
    }
    if (!(value instanceof JsonObject object)) {
      throw Problems.badRequest("The body must be a JSON object.");
    }
    return object;
  }

  /** The parsed JSON body, or {@code null} when the request has none. */
  public static Object jsonValue(RoutingContext rc) {
    Object parsed = rc.get(PARSED_BODY);
    if (parsed != null) {
      return parsed;
    }
    Buffer buffer = rc.body() == null ? null : rc.body().buffer();
    if (buffer == null || buffer.length() == 0) {
      return null;
    }
    Object value = StrictJson.parse(buffer);
    if (value != null) {
      rc.put(PARSED_BODY, value);
    }
    return value;
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

  /**
   * The {@code Idempotency-Key} header, or {@code null}; 400 unless it is 1 to 255 visible ASCII
   * characters (the key is stored, and looked up, as given).
   */
  public static String idempotencyKey(RoutingContext rc) {
    String key = rc.request().getHeader("Idempotency-Key");
    if (key == null) {
      return null;
    }
    if (key.isEmpty() || key.length() > 255 || !key.chars().allMatch(c -> c >= 0x20 && c < 0x7f) || key.isBlank()) {
      throw Problems.invalidField("Idempotency-Key", "must be 1 to 255 visible ASCII characters");
    }
    return key;
  }
}
