package dev.patron.plugins.giftcards;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A gift card as stored. {@code balance} is in minor units of {@code currency} (the restaurant's);
 * {@code expiresOn} is the last day, in the restaurant's time zone, on which the card can be used.
 */
public record Card(
    UUID id,
    String maskedCode,
    CardType type,
    CardState state,
    long balance,
    String currency,
    LocalDate expiresOn,
    List<UUID> customerIds,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  public Card {
    customerIds = List.copyOf(customerIds);
  }

  /** Whether the card is past its last day, {@code today} being the restaurant's date. */
  public boolean expiredOn(LocalDate today) {
    return expiresOn != null && today.isAfter(expiresOn);
  }
}
