package dev.patron.plugins.support;

import dev.patron.api.customer.Customer;
import dev.patron.kit.json.JsonInput;
import dev.patron.api.problem.ProblemException;
import io.vertx.core.json.JsonObject;
import java.util.UUID;

/**
 * The plugin's namespace on a customer, {@code extensions.<pluginId>}, holding one field: the id of
 * the resource the customer chose as default, e.g. {@code {"defaultProfileId": "..."}}. Without a
 * default the namespace is removed.
 *
 * @param pluginId the plugin's id, the namespace's name
 * @param name the field's name in the namespace
 */
public record DefaultField(String pluginId, String name) {

  /** The field as the client wrote it on the customer, for error messages. */
  public String path() {
    return "extensions." + pluginId + "." + name;
  }

  /**
   * The default in the namespace a client wrote ({@code null}: none); a 400 with errors under
   * {@code extensions.<pluginId>.}, unknown fields included.
   */
  public UUID read(JsonObject namespace) {
    if (namespace == null) {
      return null;
    }
    JsonInput in = JsonInput.of(namespace, "extensions." + pluginId);
    UUID id = in.uuid(name);
    in.rejectUnknownFields();
    in.throwIfInvalid();
    return id;
  }

  /** The default stored in the namespace, read leniently: anything unreadable counts as none. */
  public UUID stored(JsonObject namespace) {
    try {
      return read(namespace);
    } catch (ProblemException unreadable) {
      return null;
    }
  }

  /** The default stored on {@code customer}, read leniently; {@code null} for none. */
  public UUID storedOn(Customer customer) {
    return stored(customer.extension(pluginId));
  }

  /** The namespace to store for {@code defaultId}: {@code null} (removed) without a default. */
  public JsonObject namespace(UUID defaultId) {
    return defaultId == null ? null : new JsonObject().put(name, defaultId.toString());
  }
}
