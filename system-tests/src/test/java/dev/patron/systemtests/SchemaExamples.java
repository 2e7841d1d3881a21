package dev.patron.systemtests;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Builds from a request schema the smallest body it accepts (required members only), as the base
 * that each probe breaks in exactly one way: so the server's refusal is for that one reason.
 */
final class SchemaExamples {

  private static final List<String> STRING_CANDIDATES =
      List.of("FUZZ1", "fuzz", "F", "EUR", "+43 660 1234567", "fuzz@example.com", "de-AT");

  private final JsonObject components;
  private final String someCustomerId;

  SchemaExamples(JsonObject document, String someCustomerId) {
    this.components = document.getJsonObject("components");
    this.someCustomerId = someCustomerId;
  }

  /** The schema with a local {@code $ref} followed. */
  JsonObject resolve(JsonObject schema) {
    String ref = schema.getString("$ref");
    if (ref == null) {
      return schema;
    }
    String[] parts = ref.substring(2).split("/");
    return resolve(components.getJsonObject(parts[1]).getJsonObject(parts[2]));
  }

  /** The names of an operation's query parameters. */
  List<String> queryParameters(JsonObject operation) {
    List<String> names = new ArrayList<>();
    for (Object raw : operation.getJsonArray("parameters", new JsonArray())) {
      JsonObject parameter = resolve((JsonObject) raw);
      if ("query".equals(parameter.getString("in"))) {
        names.add(parameter.getString("name"));
      }
    }
    return names;
  }

  Object example(JsonObject schema) {
    return example(schema, 0);
  }

  private Object example(JsonObject raw, int depth) {
    JsonObject schema = resolve(raw);
    if (schema.containsKey("allOf")) {
      // Members from every part that describes some; parts that only constrain (not, if/then) add none.
      JsonObject merged = objectExample(schema, depth);
      for (Object each : schema.getJsonArray("allOf")) {
        JsonObject part = resolve((JsonObject) each);
        if (part.containsKey("properties") || part.containsKey("allOf") || part.containsKey("anyOf")
            || part.containsKey("oneOf") || part.containsKey("type")) {
          Object value = example(part, depth);
          if (!(value instanceof JsonObject more)) {
            return value;
          }
          merged = more.mergeIn(merged);
        }
      }
      return merged;
    }
    for (String alternatives : List.of("oneOf", "anyOf")) {
      if (schema.containsKey(alternatives)) {
        for (Object option : schema.getJsonArray(alternatives)) {
          if (!"null".equals(resolve((JsonObject) option).getValue("type"))) {
            return example((JsonObject) option, depth);
          }
        }
      }
    }
    if (schema.containsKey("enum")) {
      return schema.getJsonArray("enum").getValue(0);
    }
    switch (type(schema)) {
      case "object" -> {
        return objectExample(schema, depth);
      }
      case "array" -> {
        JsonArray array = new JsonArray();
        if (schema.getInteger("minItems", 0) > 0 && schema.containsKey("items")) {
          array.add(example(schema.getJsonObject("items"), depth + 1));
        }
        return array;
      }
      case "integer", "number" -> {
        long value = Math.max(schema.getLong("minimum", 1L), 1L);
        return schema.containsKey("maximum") ? Math.min(value, schema.getLong("maximum")) : value;
      }
      case "boolean" -> {
        return false;
      }
      default -> {
        return stringExample(schema);
      }
    }
  }

  private JsonObject objectExample(JsonObject schema, int depth) {
    JsonObject object = new JsonObject();
    JsonObject properties = schema.getJsonObject("properties", new JsonObject());
    if (depth > 4) {
      return object;
    }
    for (Object name : schema.getJsonArray("required", new JsonArray())) {
      JsonObject property = properties.getJsonObject((String) name, new JsonObject().put("type", "string"));
      object.put((String) name, example(property, depth + 1));
    }
    return object;
  }

  private String stringExample(JsonObject schema) {
    String format = schema.getString("format", "");
    switch (format) {
      case "uuid" -> {
        return someCustomerId;
      }
      case "date" -> {
        return LocalDate.now().toString();
      }
      case "date-time" -> {
        return Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
      }
      default -> {
        String pattern = schema.getString("pattern");
        int max = schema.getInteger("maxLength", 100);
        for (String candidate : STRING_CANDIDATES) {
          String value = candidate.length() > max ? candidate.substring(0, max) : candidate;
          if (pattern == null || Pattern.compile(pattern).matcher(value).find()) {
            return value;
          }
        }
        return "FUZZ1";
      }
    }
  }

  /** The first non-null type the schema names ({@code string} when it names none). */
  String type(JsonObject schema) {
    Object type = resolve(schema).getValue("type");
    if (type instanceof String single) {
      return single;
    }
    if (type instanceof JsonArray many) {
      for (Object option : many) {
        if (!"null".equals(option)) {
          return (String) option;
        }
      }
    }
    return resolve(schema).containsKey("properties") ? "object" : "string";
  }
}
