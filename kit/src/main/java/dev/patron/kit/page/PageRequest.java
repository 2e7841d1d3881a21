package dev.patron.kit.page;

import dev.patron.api.problem.ProblemException;
import dev.patron.api.problem.Problems;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/**
 * The {@code limit} and {@code cursor} query parameters of a list. A cursor is opaque to clients:
 * the position after the last item of a page, as base64url-encoded JSON.
 */
public record PageRequest(int limit, JsonObject after) {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 500;

  /**
   * The page asked for by the raw {@code limit} and {@code cursor} parameters (either may be
   * {@code null}); 400 when {@code limit} is not 1..500 or the cursor is not ours.
   */
  public static PageRequest of(String limit, String cursor) {
    return new PageRequest(limit(limit), decode(cursor));
  }

  static int limit(String raw) {
    if (raw == null) {
      return DEFAULT_LIMIT;
    }
    int limit;
    try {
      limit = Integer.parseInt(raw);
    } catch (NumberFormatException e) {
      throw Problems.invalidField("limit", "must be a whole number from 1 to " + MAX_LIMIT);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw Problems.invalidField("limit", "must be from 1 to " + MAX_LIMIT);
    }
    return limit;
  }

  static JsonObject decode(String cursor) {
    if (cursor == null || cursor.isEmpty()) {
      return null;
    }
    try {
      byte[] json = Base64.getUrlDecoder().decode(cursor);
      return Buffer.buffer(json).toJsonObject();
    } catch (RuntimeException e) {
      throw foreignCursor();
    }
  }

  /** The opaque cursor for a position. */
  public static String encode(JsonObject position) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(position.encode().getBytes(StandardCharsets.UTF_8));
  }

  /** Reads a string from the cursor; a 400 when the cursor lacks it. */
  public String afterString(String name) {
    Object value = after == null ? null : after.getValue(name);
    if (!(value instanceof String text)) {
      throw foreignCursor();
    }
    return text;
  }

  /** Reads a UUID from the cursor; a 400 when the cursor lacks it. */
  public UUID afterUuid(String name) {
    try {
      return UUID.fromString(afterString(name));
    } catch (IllegalArgumentException e) {
      throw foreignCursor();
    }
  }

  /** Reads a timestamp from the cursor; a 400 when the cursor lacks it. */
  public OffsetDateTime afterTimestamp(String name) {
    try {
      return OffsetDateTime.parse(afterString(name));
    } catch (DateTimeParseException e) {
      throw foreignCursor();
    }
  }

  /** A 400 for a cursor that did not come from this list (or this sort, or this search). */
  public static ProblemException foreignCursor() {
    return Problems.invalidField("cursor", "is not a cursor this list handed out; start again without it");
  }
}
