package dev.patron.plugins.invoicing.seller;

import io.vertx.core.json.JsonObject;

/**
 * The restaurant as it bills: its legal name, address and VAT id, optionally its registry number
 * (e.g. Firmenbuch, Handelsregister, SIREN), bank details and contact, as the tenant's invoicing
 * configuration holds them and every invoice snapshots them when issued.
 */
public record Seller(String legalName, String street, String postalCode, String city, String country,
    String vatId, String registryNumber, String iban, String bic, String email, String phone) {

  public JsonObject toJson() {
    return new JsonObject()
        .put("legalName", legalName)
        .put("street", street)
        .put("postalCode", postalCode)
        .put("city", city)
        .put("country", country)
        .put("vatId", vatId)
        .put("registryNumber", registryNumber)
        .put("iban", iban)
        .put("bic", bic)
        .put("email", email)
        .put("phone", phone);
  }

  /** {@code null} for {@code null}: invoices issued before a seller was configured have none. */
  public static Seller fromJson(JsonObject json) {
    if (json == null) {
      return null;
    }
    return new Seller(json.getString("legalName"), json.getString("street"), json.getString("postalCode"),
        json.getString("city"), json.getString("country"), json.getString("vatId"),
        json.getString("registryNumber"), json.getString("iban"), json.getString("bic"), json.getString("email"),
        json.getString("phone"));
  }

  /** The IBAN in groups of four, as printed. */
  public String ibanPrinted() {
    return iban == null ? null : iban.replaceAll("(.{4})(?!$)", "$1 ");
  }
}
