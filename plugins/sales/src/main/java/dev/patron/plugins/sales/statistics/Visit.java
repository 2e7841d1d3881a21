package dev.patron.plugins.sales.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What one sale adds to its customer's statistics.
 *
 * @param spend the receipt's total (without tip), minor units
 * @param day the restaurant's date of the sale: its day bucket
 */
public record Visit(UUID customerId, long spend, long tip, Instant at, LocalDate day, String location,
    UUID orderProfileId) {
}
