package dev.patron.core.customer;

import dev.patron.api.customer.Address;
import dev.patron.api.customer.Customer;
import dev.patron.api.customer.Phone;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.UUID;

/** The fields of a customer a client writes, validated. */
public record CustomerDraft(
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
    JsonObject extensions) {

  public Customer toCustomer(UUID id, long version, Instant createdAt, Instant updatedAt) {
    return new Customer(id, referenceId, firstName, lastName, email, company, taxId, language, primaryPhone,
        secondaryPhone, emailNotifications, notes, primaryAddress, secondaryAddress, extensions, version,
        createdAt, updatedAt);
  }
}
