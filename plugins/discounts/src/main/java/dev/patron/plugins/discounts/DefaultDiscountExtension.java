package dev.patron.plugins.discounts;

import dev.patron.api.json.JsonInput;
import dev.patron.api.problem.ProblemException;
import dev.patron.api.problem.Problems;
import io.vertx.core.json.JsonObject;
import java.util.UUID;

/**
 * The plugin's fields on a customer, {@code extensions.discounts}: {@code {"defaultDiscountId":
 * "..."}}. {@code defaultDiscountId} is {@code null} when the customer has no default discount
 * (the namespace is then removed).
 */
public record DefaultDiscountExtension(UUID defaultDiscountId) {

  public static final String PLUGIN_ID = "discounts";
  static final String FIELD = "defaultDiscountId";
  /** The field as the client wrote it on the customer, for error messages. */
  static final String FIELD_PATH = "extensions." + PLUGIN_ID + "." + FIELD;

  /** Reads the namespace a client wrote; a 400 with errors under {@code extensions.discounts.}. */
  public static DefaultDiscountExtension read(JsonObject namespace) {
    if (namespace == null) {
      return new DefaultDiscountExtension(null);
    }
    JsonInput in = JsonInput.of(namespace, "extensions." + PLUGIN_ID);
    UUID id = in.uuid(FIELD);
    in.rejectUnknownFields();
    in.throwIfInvalid();
    return new DefaultDiscountExtension(id);
  }

  /** The default stored on a customer, read leniently: anything unreadable counts as none. */
  public static UUID storedDefault(JsonObject namespace) {
    try {
      return read(namespace).defaultDiscountId();
    } catch (ProblemException unreadable) {
      return null;
    }
  }

  public boolean isEmpty() {
    return defaultDiscountId == null;
  }

  /** The namespace to store: {@code null} (removed) without a default. */
  public JsonObject toJson() {
    return isEmpty() ? null : new JsonObject().put(FIELD, defaultDiscountId.toString());
  }

  /** A 400 on the customer's {@code defaultDiscountId} field. */
  public static ProblemException invalid(String message) {
    return Problems.invalidField(FIELD_PATH, message);
  }
}
