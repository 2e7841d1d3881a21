package dev.patron.kit.json;

import dev.patron.api.problem.FieldError;
import dev.patron.api.problem.Problems;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Strict reader of a JSON request body that collects every problem at once instead of stopping at
 * the first, so a client learns all it must fix in one answer.
 *
 * <p>Each accessor returns {@code null} when the field is absent or JSON {@code null}, records a
 * {@link FieldError} (and returns {@code null}) when the value has the wrong type or is out of
 * bounds. Strings are trimmed of invisible characters ({@link Text}); an optional string that is
 * empty after trimming reads as {@code null}, a required one is "must not be blank". Call {@link #rejectUnknownFields()} once every known field was read, then {@link
 * #throwIfInvalid()}.
 *
 * <p>Not thread-safe; use one instance per request.
 */
public final class JsonInput {

  private final JsonObject json;
  private final String path;
  private final List<FieldError> errors;
  private final Set<String> known = new HashSet<>();

  private JsonInput(JsonObject json, String path, List<FieldError> errors) {
    this.json = json;
    this.path = path;
    this.errors = errors;
  }

  /** A reader over a whole body. */
  public static JsonInput of(JsonObject json) {
    return new JsonInput(json == null ? new JsonObject() : json, "", new ArrayList<>());
  }

  /**
   * A reader of a document nested in a request, reporting fields under {@code path}: e.g. a
   * plugin's customer namespace read with path {@code extensions.<pluginId>} names its errors
   * {@code extensions.<pluginId>.<field>}, as the client sent them.
   */
  public static JsonInput of(JsonObject json, String path) {
    return new JsonInput(json == null ? new JsonObject() : json, path, new ArrayList<>());
  }

  /** A reader that reports field paths below {@code path} and shares {@code parent}'s errors. */
  private JsonInput child(JsonObject object, String field) {
    return new JsonInput(object, pathOf(field), errors);
  }

  /** The underlying JSON object. */
  public JsonObject json() {
    return json;
  }

  /** The full path of {@code field} as the client sees it, e.g. {@code primaryAddress.city}. */
  public String pathOf(String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  /** Whether the field is present, with any value including {@code null}. */
  public boolean has(String field) {
    known.add(field);
    return json.containsKey(field);
  }

  /** Records a problem with {@code field} (relative to this reader). */
  public JsonInput error(String field, String message) {
    errors.add(new FieldError(pathOf(field), message));
    return this;
  }

  /** Marks fields the caller accepts without reading them here. */
  public JsonInput allow(String... fields) {
    known.addAll(Arrays.asList(fields));
    return this;
  }

  /** Records every field that was neither read nor allowed as unknown. */
  public JsonInput rejectUnknownFields() {
    json.fieldNames().stream()
        .filter(name -> !known.contains(name))
        .sorted()
        .forEach(name -> error(name, "unknown field"));
    return this;
  }

  /** Records {@code field} as read-only when the client sent it. */
  public JsonInput rejectReadOnly(String... fields) {
    for (String field : fields) {
      if (has(field)) {
        error(field, "is read-only");
      }
    }
    return this;
  }

  public boolean isValid() {
    return errors.isEmpty();
  }

  public List<FieldError> errors() {
    return List.copyOf(errors);
  }

  /** Throws a 400 validation problem naming every recorded field error. */
  public void throwIfInvalid() {
    if (!errors.isEmpty()) {
      throw Problems.validation(errors);
    }
  }

  private Object raw(String field) {
    known.add(field);
    return json.getValue(field);
  }

  public String string(String field, int maxLength) {
    Object value = raw(field);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String text)) {
      error(field, "must be a string");
      return null;
    }
    String trimmed = Text.strip(text);
    if (trimmed.isEmpty()) {
      return null;
    }
    if (trimmed.codePointCount(0, trimmed.length()) > maxLength) {
      error(field, "must be at most " + maxLength + " characters");
      return null;
    }
    return trimmed;
  }

  public String requiredString(String field, int maxLength) {
    boolean present = json.getValue(field) != null;
    int errorsBefore = errors.size();
    String value = string(field, maxLength);
    if (value == null && errors.size() == errorsBefore) {
      error(field, present ? "must not be blank" : "is required");
    }
    return value;
  }

  public Boolean bool(String field) {
    Object value = raw(field);
    if (value == null) {
      return null;
    }
    if (!(value instanceof Boolean flag)) {
      error(field, "must be true or false");
      return null;
    }
    return flag;
  }

  public Long longValue(String field, long min, long max) {
    Object value = raw(field);
    if (value == null) {
      return null;
    }
    BigDecimal number = asDecimal(value);
    if (number == null || number.stripTrailingZeros().scale() > 0) {
      error(field, "must be a whole number");
      return null;
    }
    if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
      error(field, "must be between " + min + " and " + max);
      return null;
    }
    return number.longValueExact();
  }

  public Integer intValue(String field, int min, int max) {
    Long value = longValue(field, min, max);
    return value == null ? null : value.intValue();
  }

  /** A decimal number with at most {@code maxScale} digits after the point. */
  public BigDecimal decimal(String field, BigDecimal min, BigDecimal max, int maxScale) {
    Object value = raw(field);
    if (value == null) {
      return null;
    }
    BigDecimal number = value instanceof String ? null : asDecimal(value);
    if (number == null) {
      error(field, "must be a number");
      return null;
    }
    number = number.stripTrailingZeros();
    if (number.scale() > maxScale) {
      error(field, "must have at most " + maxScale + " decimal places");
      return null;
    }
    if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
      error(field, "must be between " + min.toPlainString() + " and " + max.toPlainString());
      return null;
    }
    return number.scale() < 0 ? number.setScale(0) : number;
  }

  private static BigDecimal asDecimal(Object value) {
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    if (value instanceof BigInteger big) {
      return new BigDecimal(big);
    }
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
    }
    return null;
  }

  public UUID uuid(String field) {
    Object value = raw(field);
    if (value == null) {
      return null;
    }
    if (value instanceof String text) {
      try {
        UUID uuid = UUID.fromString(text);
        if (uuid.toString().equalsIgnoreCase(text)) {
          return uuid;
        }
      } catch (IllegalArgumentException ignored) {
        // reported below
      }
    }
    error(field, "must be an id (UUID)");
    return null;
  }

  public <E extends Enum<E>> E enumValue(String field, Class<E> type) {
    Object value = raw(field);
    if (value == null) {
      return null;
    }
    if (value instanceof String text) {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(text)) {
          return constant;
        }
      }
    }
    String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    error(field, "must be one of " + allowed);
    return null;
  }

  /** The earliest timestamp any Patron input accepts: nothing a restaurant records is older. */
  public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

  /** The latest timestamp any Patron input accepts, for fields that may lie in the future. */
  public static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

  /**
   * An RFC 3339 timestamp with offset, e.g. {@code 2026-01-31T18:30:00Z}, between {@link
   * #EARLIEST} and {@link #LATEST}: a year such as 0 or +999999999 is a typo that PostgreSQL could
   * not even store faithfully.
   */
  public Instant instant(String field) {
    return instant(field, EARLIEST, LATEST);
  }

  /** A timestamp from {@code notBefore} to {@code notAfter}, both inclusive. */
  public Instant instant(String field, Instant notBefore, Instant notAfter) {
    return instant(field, notBefore, notAfter, "must not be after " + notAfter);
  }

  /**
   * The time of something that already happened: from {@link #EARLIEST} to {@code now}, allowing a
   * client's clock to run {@code clockSkew} ahead; later is "must not be in the future".
   */
  public Instant pastInstant(String field, Instant now, java.time.Duration clockSkew) {
    return instant(field, EARLIEST, now.plus(clockSkew), "must not be in the future");
  }

  private Instant instant(String field, Instant notBefore, Instant notAfter, String tooLate) {
    Object value = raw(field);
    if (value == null) {
      return null;
    }
    Instant instant = null;
    if (value instanceof String text && text.length() <= 64) {
      try {
        instant = java.time.OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeParseException ignored) {
        // reported below
      }
    }
    if (instant == null) {
      error(field, "must be an RFC 3339 timestamp such as 2026-01-31T18:30:00Z");
      return null;
    }
    if (instant.isBefore(notBefore)) {
      error(field, "must not be before " + notBefore);
      return null;
    }
    if (instant.isAfter(notAfter)) {
      error(field, tooLate);
      return null;
    }
    return instant;
  }

  /** An ISO 8601 calendar date, e.g. {@code 2026-01-31}. */
  public LocalDate date(String field) {
    Object value = raw(field);
    if (value == null) {
      return null;
    }
    if (value instanceof String text && text.length() == 10) {
      try {
        LocalDate date = LocalDate.parse(text);
        if (date.getYear() >= 2000 && date.getYear() < 2100) {
          return date;
        }
        error(field, "must be a date from 2000-01-01 to 2099-12-31");
        return null;
      } catch (DateTimeParseException ignored) {
        // reported below
      }
    }
    error(field, "must be a date such as 2026-01-31");
    return null;
  }

  /** A reader over a nested object; {@code null} when absent, null or not an object (recorded). */
  public JsonInput object(String field) {
    Object value = raw(field);
    if (value == null) {
      return null;
    }
    if (!(value instanceof JsonObject object)) {
      error(field, "must be an object");
      return null;
    }
    return child(object, field);
  }

  /** An array of at most {@code maxItems} entries. */
  public JsonArray array(String field, int maxItems) {
    Object value = raw(field);
    if (value == null) {
      return null;
    }
    if (!(value instanceof JsonArray array)) {
      error(field, "must be an array");
      return null;
    }
    if (array.size() > maxItems) {
      error(field, "must have at most " + maxItems + " entries");
      return null;
    }
    return array;
  }
}
