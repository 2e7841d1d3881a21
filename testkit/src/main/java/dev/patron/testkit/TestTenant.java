package dev.patron.testkit;

/** A tenant created for a test: its id, its API key and a client that sends that key. */
public record TestTenant(String id, String apiKey, PatronClient client) {
}
