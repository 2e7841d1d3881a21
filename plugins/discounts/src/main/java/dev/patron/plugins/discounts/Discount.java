package dev.patron.plugins.discounts;

import dev.patron.plugins.support.StoredResource;
import java.time.Instant;
import java.util.UUID;

/** A discount as stored; its code, active flag and JSON come from {@link StoredResource}. */
public record Discount(UUID id, DiscountTerms terms, long version, Instant createdAt, Instant updatedAt)
    implements StoredResource<DiscountTerms> {

  @Override
  public DiscountTerms fields() {
    return terms;
  }
}
