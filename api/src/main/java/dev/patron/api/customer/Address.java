package dev.patron.api.customer;

/**
 * A postal address. {@code country} is an ISO 3166-1 alpha-2 code (e.g. {@code AT}); every part is
 * optional but an address has at least one.
 */
public record Address(String street, String postalCode, String city, String state, String country) {
}
