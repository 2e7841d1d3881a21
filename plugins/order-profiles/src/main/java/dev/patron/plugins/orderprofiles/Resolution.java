package dev.patron.plugins.orderprofiles;

import io.vertx.core.json.JsonObject;

/** The profile the register applies to a customer's order, and why that one. */
public record Resolution(Profile profile, Source source) {

  /** Where the profile came from. */
  public enum Source {
    CUSTOMER_DEFAULT("customerDefault"),
    TENANT_DEFAULT("tenantDefault");

    private final String wireName;

    Source(String wireName) {
      this.wireName = wireName;
    }
  }

  public JsonObject toJson() {
    return new JsonObject().put("profile", profile.toJson()).put("source", source.wireName);
  }
}
