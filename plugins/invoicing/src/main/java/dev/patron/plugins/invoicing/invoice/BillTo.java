package dev.patron.plugins.invoicing.invoice;

import dev.patron.api.customer.Address;
import dev.patron.api.customer.Customer;
import io.vertx.core.json.JsonObject;

/**
 * The customer's billing details as they were when the invoice was issued: an invoice is a
 * document and must not change when the profile does. Archive replaces them with {@link #ARCHIVED}.
 */
public record BillTo(String name, String company, String taxId, String email, Address address) {

  /** What an archived customer's invoices show instead of personal data. */
  public static final BillTo ARCHIVED = new BillTo("Archived customer", null, null, null, null);

  public static BillTo of(Customer customer) {
    return new BillTo(customer.fullName(), customer.company(), customer.taxId(), customer.email(),
        customer.primaryAddress());
  }

  public JsonObject toJson() {
    return new JsonObject()
        .put("name", name)
        .put("company", company)
        .put("taxId", taxId)
        .put("email", email)
        .put("address", address == null ? null : new JsonObject()
            .put("street", address.street())
            .put("postalCode", address.postalCode())
            .put("city", address.city())
            .put("state", address.state())
            .put("country", address.country()));
  }

  public static BillTo fromJson(JsonObject json) {
    JsonObject a = json.getJsonObject("address");
    Address address = a == null ? null : new Address(a.getString("street"), a.getString("postalCode"),
        a.getString("city"), a.getString("state"), a.getString("country"));
    return new BillTo(json.getString("name"), json.getString("company"), json.getString("taxId"),
        json.getString("email"), address);
  }
}
