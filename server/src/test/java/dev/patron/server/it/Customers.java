package dev.patron.server.it;

import dev.patron.testkit.PatronClient;
import io.vertx.core.json.JsonObject;

/** Customer bodies and calls the integration tests share. */
final class Customers {

  static final String PATH = "/api/v1/customers";

  private Customers() {
  }

  static JsonObject named(String first, String last) {
    return new JsonObject().put("firstName", first).put("lastName", last);
  }

  /** A profile with every field the back office has. */
  static JsonObject complete() {
    return new JsonObject()
        .put("referenceId", "POS-" + System.nanoTime())
        .put("firstName", "Sophie")
        .put("lastName", "Müller")
        .put("email", "sophie.mueller@example.at")
        .put("company", "Müller Catering GmbH")
        .put("taxId", "ATU12345678")
        .put("language", "de-AT")
        .put("primaryPhone", "+43 660 1234567")
        .put("secondaryPhone", "01 5124567")
        .put("emailNotifications", true)
        .put("notes", "Allergic to nuts.\nPrefers the terrace.")
        .put("primaryAddress", new JsonObject().put("street", "Kärntner Straße 1").put("postalCode", "1010")
            .put("city", "Wien").put("country", "AT"))
        .put("secondaryAddress", new JsonObject().put("street", "Hauptplatz 3").put("postalCode", "8010")
            .put("city", "Graz").put("state", "Steiermark").put("country", "AT"));
  }

  static JsonObject create(PatronClient client, JsonObject body) {
    return client.post(PATH, body).expect(201).json();
  }

  static String path(String id) {
    return PATH + "/" + id;
  }
}
