package dev.patron.api.plugin;

import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A response held as data, so it can be stored with an idempotency key and replayed later.
 * {@code body} may be {@code null} (no content); {@code replayed} is set when the response is a
 * replay of an earlier one.
 */
public record ApiResponse(int status, JsonObject body, Map<String, String> headers, boolean replayed) {

  public ApiResponse {
    headers = headers == null ? Map.of() : Map.copyOf(headers);
  }

  public static ApiResponse of(int status, JsonObject body) {
    return new ApiResponse(status, body, Map.of(), false);
  }

  /** A 201 with a {@code Location} header. */
  public static ApiResponse created(String location, JsonObject body) {
    return new ApiResponse(201, body, Map.of("Location", location), false);
  }

  public ApiResponse withHeader(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(name, value);
    return new ApiResponse(status, body, copy, replayed);
  }

  public ApiResponse asReplay() {
    return new ApiResponse(status, body, headers, true);
  }
}
