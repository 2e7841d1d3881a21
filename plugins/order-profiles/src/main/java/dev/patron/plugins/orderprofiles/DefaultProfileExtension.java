package dev.patron.plugins.orderprofiles;

import dev.patron.api.json.JsonInput;
import dev.patron.api.problem.ProblemException;
import dev.patron.api.problem.Problems;
import io.vertx.core.json.JsonObject;
import java.util.UUID;

/**
 * The plugin's fields on a customer, {@code extensions["order-profiles"]}: {@code
 * {"defaultProfileId": "..."}}. {@code defaultProfileId} is {@code null} when the customer has no
 * default (the namespace is then removed).
 */
public record DefaultProfileExtension(UUID defaultProfileId) {

  public static final String PLUGIN_ID = "order-profiles";
  static final String FIELD = "defaultProfileId";
  /** The field as the client wrote it on the customer, for error messages. */
  static final String FIELD_PATH = "extensions." + PLUGIN_ID + "." + FIELD;

  /** Reads the namespace a client wrote; a 400 with errors under {@code extensions.order-profiles.}. */
  public static DefaultProfileExtension read(JsonObject namespace) {
    if (namespace == null) {
      return new DefaultProfileExtension(null);
    }
    JsonInput in = JsonInput.of(namespace, "extensions." + PLUGIN_ID);
    UUID id = in.uuid(FIELD);
    in.rejectUnknownFields();
    in.throwIfInvalid();
    return new DefaultProfileExtension(id);
  }

  /** The namespace as stored on a customer, leniently: anything unreadable counts as no default. */
  public static UUID storedDefault(JsonObject namespace) {
    try {
      return read(namespace).defaultProfileId();
    } catch (ProblemException unreadable) {
      return null;
    }
  }

  public boolean isEmpty() {
    return defaultProfileId == null;
  }

  /** The namespace to store: {@code null} (removed) without a default. */
  public JsonObject toJson() {
    return isEmpty() ? null : new JsonObject().put(FIELD, defaultProfileId.toString());
  }

  /** A 400 on the customer's {@code defaultProfileId} field. */
  public static ProblemException invalid(String message) {
    return Problems.invalidField(FIELD_PATH, message);
  }
}
