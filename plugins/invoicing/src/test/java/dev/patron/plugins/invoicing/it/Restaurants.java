package dev.patron.plugins.invoicing.it;

import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonObject;

/** Restaurants as they bill in their countries: the tenant, its invoicing configuration and a seller. */
final class Restaurants {

  private Restaurants() {
  }

  /** A Viennese restaurant: prices include VAT, food 10 % (the default), drinks 20 %, German documents. */
  static TestTenant vienna(PatronExtension patron) {
    return create(patron, "Beisl am Eck", "EUR", "de-AT", "Europe/Vienna", new JsonObject()
        .put("numberPrefix", "RE-").put("creditNotePrefix", "KO-").put("taxMode", "INCLUSIVE").put("taxRate", 10)
        .put("seller", new JsonObject().put("legalName", "Beisl am Eck GmbH").put("street", "Hauptstraße 1")
            .put("postalCode", "1010").put("city", "Wien").put("country", "AT").put("vatId", "ATU12345678")
            .put("registryNumber", "FN 123456a").put("iban", "AT611904300234573201").put("bic", "BKAUATWW")
            .put("email", "office@beisl.at").put("phone", "+43 1 234567")));
  }

  /** A Parisian bistro: prices include VAT, 10 % on meals, French documents. */
  static TestTenant paris(PatronExtension patron) {
    return create(patron, "Chez Margot", "EUR", "fr-FR", "Europe/Paris", new JsonObject()
        .put("numberPrefix", "F-").put("creditNotePrefix", "AV-").put("taxMode", "INCLUSIVE").put("taxRate", 10)
        .put("seller", new JsonObject().put("legalName", "Chez Margot SARL").put("street", "12 rue de la Paix")
            .put("postalCode", "75002").put("city", "Paris").put("country", "FR").put("vatId", "FR40303265045")
            .put("registryNumber", "RCS Paris 303 265 045").put("iban", "FR1420041010050500013M02606")
            .put("bic", "PSSTFRPPPAR").put("email", "contact@chezmargot.fr").put("phone", "+33 1 23 45 67 89")));
  }

  /** A diner in the US: prices exclude tax, which is added on top; English documents, no seller VAT id. */
  static TestTenant newYork(PatronExtension patron) {
    return create(patron, "Hudson Diner", "USD", "en-US", "America/New_York", new JsonObject()
        .put("numberPrefix", "INV-").put("taxMode", "EXCLUSIVE").put("taxRate", 8.88));
  }

  private static TestTenant create(PatronExtension patron, String name, String currency, String language,
      String zone, JsonObject config) {
    TestTenant tenant = patron.newTenant(new JsonObject().put("name", name).put("currency", currency)
        .put("language", language).put("timeZone", zone));
    patron.enablePlugin(tenant.id(), "invoicing", config);
    return tenant;
  }
}
