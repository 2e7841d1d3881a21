package dev.patron.core.customer;

import dev.patron.api.customer.Address;
import dev.patron.api.customer.Customer;
import dev.patron.api.customer.Phone;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.UUID;

/** A customer's JSON representation, the one clients, the outbox and plugins see. */
public final class CustomerJson {

  private CustomerJson() {
  }

  /** The full representation with the given extension namespaces. */
  public static JsonObject toJson(Customer c, JsonObject extensions) {
    JsonObject json = new JsonObject().put("id", c.id().toString());
    writable(c, extensions, json);
    return json
        .put("primaryPhoneE164", c.primaryPhone() == null ? null : c.primaryPhone().e164())
        .put("secondaryPhoneE164", c.secondaryPhone() == null ? null : c.secondaryPhone().e164())
        .put("version", c.version())
        .put("createdAt", c.createdAt().toString())
        .put("updatedAt", c.updatedAt().toString());
  }

  /** Only the fields a client writes: the document a merge patch applies to. */
  public static JsonObject writable(Customer c, JsonObject extensions) {
    return writable(c, extensions, new JsonObject());
  }

  private static JsonObject writable(Customer c, JsonObject extensions, JsonObject json) {
    return json
        .put("referenceId", c.referenceId())
        .put("firstName", c.firstName())
        .put("lastName", c.lastName())
        .put("email", c.email())
        .put("company", c.company())
        .put("taxId", c.taxId())
        .put("language", c.language())
        .put("primaryPhone", c.primaryPhone() == null ? null : c.primaryPhone().number())
        .put("secondaryPhone", c.secondaryPhone() == null ? null : c.secondaryPhone().number())
        .put("emailNotifications", c.emailNotifications())
        .put("notes", c.notes())
        .put("primaryAddress", address(c.primaryAddress()))
        .put("secondaryAddress", address(c.secondaryAddress()))
        .put("extensions", extensions == null ? new JsonObject() : extensions.copy());
  }

  public static JsonObject address(Address a) {
    if (a == null) {
      return null;
    }
    return new JsonObject()
        .put("street", a.street())
        .put("postalCode", a.postalCode())
        .put("city", a.city())
        .put("state", a.state())
        .put("country", a.country());
  }

  public static Address address(JsonObject json) {
    if (json == null) {
      return null;
    }
    return new Address(json.getString("street"), json.getString("postalCode"), json.getString("city"),
        json.getString("state"), json.getString("country"));
  }

  /** Reads a representation this class wrote (from the outbox); not for client input. */
  public static Customer fromJson(JsonObject json) {
    return new Customer(
        UUID.fromString(json.getString("id")),
        json.getString("referenceId"),
        json.getString("firstName"),
        json.getString("lastName"),
        json.getString("email"),
        json.getString("company"),
        json.getString("taxId"),
        json.getString("language"),
        Phone.ofNullable(json.getString("primaryPhone"), json.getString("primaryPhoneE164")),
        Phone.ofNullable(json.getString("secondaryPhone"), json.getString("secondaryPhoneE164")),
        json.getBoolean("emailNotifications", false),
        json.getString("notes"),
        address(json.getJsonObject("primaryAddress")),
        address(json.getJsonObject("secondaryAddress")),
        json.getJsonObject("extensions", new JsonObject()),
        json.getLong("version"),
        Instant.parse(json.getString("createdAt")),
        Instant.parse(json.getString("updatedAt")));
  }

}
