package dev.patron.kit.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.patron.api.problem.Problems;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;

/**
 * Reads a request body as RFC 8259 JSON and nothing more lenient. Vert.x's own codec accepts
 * comments, which no JSON client sends on purpose; here they, duplicate member names, trailing
 * content and nesting past {@value #MAX_DEPTH} levels are 400s that say what is wrong and where,
 * in words a client developer can act on (never the parser's own message).
 *
 * <p>Values come out as Vert.x's codec makes them ({@link JsonObject}, {@link JsonArray},
 * Integer/Long/BigInteger, Double, String, Boolean, null), so readers see no difference. Thread-safe.
 */
public final class StrictJson {

  static final int MAX_DEPTH = 32;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
      .build();

  private StrictJson() {
  }

  /** The JSON value in {@code body}; a 400 problem naming the line and column of the first error. */
  public static Object parse(Buffer body) {
    byte[] bytes = body.getBytes();
    try (JsonParser parser = FACTORY.createParser(bytes)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw Problems.badRequest("The body is empty; send a JSON value.");
      }
      Object value = read(parser, first);
      if (parser.nextToken() != null) {
        throw invalid("there is more after the JSON value", parser.currentTokenLocation());
      }
      return value;
    } catch (JsonEOFException e) {
      throw invalid("the body ends before the JSON value is complete", e.getLocation());
    } catch (StreamConstraintsException e) {
      throw Problems.badRequest("The body is not valid JSON: it nests deeper than " + MAX_DEPTH + " levels.");
    } catch (JsonParseException e) {
      throw invalid(describe(e, bytes), e.getLocation());
    } catch (IOException e) {
      throw Problems.badRequest("The body could not be read as JSON.");
    }
  }

  private static Object read(JsonParser parser, JsonToken token) throws IOException {
    switch (token) {
      case START_OBJECT -> {
        JsonObject object = new JsonObject();
        // nextFieldName() returns null only at the object's end; anything else there is a parse error.
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
          object.put(withoutNul(name), read(parser, parser.nextToken()));
        }
        return object;
      }
      case START_ARRAY -> {
        JsonArray array = new JsonArray();
        for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
          array.add(read(parser, next));
        }
        return array;
      }
      case VALUE_STRING -> {
        return withoutNul(parser.getText());
      }
      case VALUE_NUMBER_INT -> {
        return parser.getNumberValue();
      }
      case VALUE_NUMBER_FLOAT -> {
        return parser.getDoubleValue();
      }
      case VALUE_TRUE -> {
        return Boolean.TRUE;
      }
      case VALUE_FALSE -> {
        return Boolean.FALSE;
      }
      case VALUE_NULL -> {
        return null;
      }
      default -> throw invalid("unexpected " + token, parser.currentTokenLocation());
    }
  }

  /**
   * PostgreSQL can store neither text nor jsonb holding U+0000, so a body with it (escaped as
   * {@code \u0000}; JSON allows no raw control characters) is refused here, as it is read, with a
   * 400 instead of failing later in the database.
   */
  private static String withoutNul(String text) {
    if (text.indexOf('\u0000') >= 0) {
      throw Problems.badRequest("Text must not contain the NUL character (\\u0000).");
    }
    return text;
  }

  /** Our words for what the parser found, with a hint for the usual mistakes. */
  private static String describe(JsonParseException e, byte[] bytes) {
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (message.startsWith("Duplicate field")) {
      int open = message.indexOf('\'');
      int close = message.lastIndexOf('\'');
      String name = open >= 0 && close > open ? message.substring(open + 1, close) : "a member";
      return "the member \"" + name + "\" appears twice";
    }
    if (message.contains("UTF-8") || message.contains("UTF8")) {
      return "it is not UTF-8 text";
    }
    if (message.contains("control character")) {
      return "a string holds a raw control character; escape it (e.g. \\n)";
    }
    if (message.startsWith("Unrecognized token '")) {
      int end = message.indexOf('\'', 20);
      String word = end > 20 ? message.substring(20, Math.min(end, 40)) : "";
      return "unexpected word '" + word + "': JSON's only bare words are true, false and null";
    }
    long offset = e.getLocation() == null ? -1 : e.getLocation().getByteOffset();
    if (offset >= 0 && offset < bytes.length) {
      char found = (char) (bytes[(int) offset] & 0xff);
      return switch (found) {
        case '/', '#' -> "unexpected '" + found + "': JSON has no comments";
        case '\'' -> "unexpected single quote: JSON strings take double quotes";
        case '}', ']' -> "unexpected '" + found + "': is there a comma before it, or a value missing?";
        default -> found >= 0x20 && found < 0x7f
            ? "unexpected character '" + found + "'"
            : "unexpected character (code " + (int) found + ")";
      };
    }
    return "it is malformed";
  }

  private static RuntimeException invalid(String what, JsonLocation location) {
    String where = location == null || location.getLineNr() < 1 ? ""
        : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    return Problems.badRequest("The body is not valid JSON: " + what + where + ".");
  }
}
