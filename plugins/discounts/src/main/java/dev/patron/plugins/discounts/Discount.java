package dev.patron.plugins.discounts;

import dev.patron.plugins.support.DefaultableResource;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.UUID;

/** A discount as stored. */
public record Discount(UUID id, DiscountTerms terms, long version, Instant createdAt, Instant updatedAt)
    implements DefaultableResource {

  @Override
  public String code() {
    return terms.code();
  }

  @Override
  public boolean active() {
    return terms.active();
  }

  /** The same discount with new terms, one version later. */
  public Discount changed(DiscountTerms newTerms, Instant at) {
    return new Discount(id, newTerms, version + 1, createdAt, at);
  }

  public JsonObject toJson() {
    JsonObject json = new JsonObject().put("id", id.toString())
        .putNull("percentage").putNull("fixedAmount").putNull("validFrom").putNull("validUntil");
    return json.mergeIn(terms.toJson())
        .put("version", version)
        .put("createdAt", createdAt.toString())
        .put("updatedAt", updatedAt.toString());
  }
}
