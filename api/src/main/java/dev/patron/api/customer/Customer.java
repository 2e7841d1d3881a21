package dev.patron.api.customer;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.UUID;

/**
 * A restaurant's customer profile as stored.
 *
 * <p>{@code extensions} maps a plugin id to that plugin's fields on the customer; each plugin owns
 * its namespace. {@code version} increases by one with every change.
 */
public record Customer(
    UUID id,
    String referenceId,
    String firstName,
    String lastName,
    String email,
    String company,
    String taxId,
    String language,
    Phone primaryPhone,
    Phone secondaryPhone,
    boolean emailNotifications,
    String notes,
    Address primaryAddress,
    Address secondaryAddress,
    JsonObject extensions,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  /** This plugin's namespace of {@link #extensions()}, or {@code null} when it has none. */
  public JsonObject extension(String pluginId) {
    return extensions == null ? null : extensions.getJsonObject(pluginId);
  }

  /** The same customer with other extension namespaces (the one copy of every field). */
  public Customer withExtensions(JsonObject newExtensions) {
    return new Customer(id, referenceId, firstName, lastName, email, company, taxId, language, primaryPhone,
        secondaryPhone, emailNotifications, notes, primaryAddress, secondaryAddress, newExtensions, version,
        createdAt, updatedAt);
  }

  /** First and last name, for documents and messages. */
  public String fullName() {
    return firstName + " " + lastName;
  }
}
