package dev.patron.plugins.giftcards;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A card to create, already checked for shape. {@code code} is the normalised tenant-supplied
 * code of an imported card, or {@code null} to generate one; {@code initialAmount} (nullable)
 * activates the card at once; {@code expiresOn} has the restaurant's default filled in.
 */
public record NewCard(CardType type, String code, Long initialAmount, LocalDate expiresOn, UUID customerId) {
}
