package dev.patron.core.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.patron.api.problem.FieldError;
import dev.patron.api.problem.ProblemException;
import dev.patron.api.tenant.Tenant;
import dev.patron.core.tenant.TenantContext;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CustomerReaderTest {

  private static final Tenant TENANT = new Tenant(UUID.randomUUID(), "T", "EUR", "de-AT", "Europe/Vienna");
  private static final TenantContext WITH_LOYALTY = new TenantContext(TENANT, Map.of("loyalty", new JsonObject()), Set.of("loyalty"));

  private static List<FieldError> errors(JsonObject body) {
    return assertThrows(ProblemException.class, () -> CustomerReader.read(body, WITH_LOYALTY)).problem().errors();
  }

  @Test
  void normalisesWhatItAccepts() {
    CustomerDraft draft = CustomerReader.read(new JsonObject()
        .put("firstName", "  Ana ")
        .put("lastName", "Lee")
        .put("language", "DE-at")
        .put("company", "")
        .put("primaryAddress", new JsonObject().put("country", "at"))
        .put("primaryPhone", "0660 1234567"), WITH_LOYALTY);
    assertEquals("Ana", draft.firstName());
    assertEquals("de-AT", draft.language());
    assertNull(draft.company(), "blank optional text reads as absent");
    assertEquals("AT", draft.primaryAddress().country());
    assertEquals("+436601234567", draft.primaryPhone().e164());
    assertEquals(false, draft.emailNotifications(), "contact permission is opt-in");
  }

  @Test
  void readsPhonesInTheTenantsRegionWithoutAnAddress() {
    CustomerDraft draft = CustomerReader.read(new JsonObject().put("firstName", "A").put("lastName", "B")
        .put("primaryPhone", "0660 1234567"), WITH_LOYALTY);
    assertEquals("+436601234567", draft.primaryPhone().e164(), "de-AT gives region AT");
  }

  @Test
  void anAddressWithNothingInItIsNoAddress() {
    CustomerDraft draft = CustomerReader.read(new JsonObject().put("firstName", "A").put("lastName", "B")
        .put("primaryAddress", new JsonObject().put("city", " ")), WITH_LOYALTY);
    assertNull(draft.primaryAddress());
  }

  @Test
  void acceptsOnlyObjectNamespacesOfEnabledPlugins() {
    CustomerDraft draft = CustomerReader.read(new JsonObject().put("firstName", "A").put("lastName", "B")
        .put("extensions", new JsonObject().put("loyalty", new JsonObject().put("tier", "gold"))), WITH_LOYALTY);
    assertEquals(new JsonObject().put("loyalty", new JsonObject().put("tier", "gold")), draft.extensions());

    assertEquals(List.of(
        new FieldError("extensions.loyalty", "must be an object"),
        new FieldError("extensions.gift-cards", "no enabled plugin 'gift-cards' for this restaurant owns these fields")),
        errors(new JsonObject().put("firstName", "A").put("lastName", "B")
            .put("extensions", new JsonObject().put("loyalty", 5).put("gift-cards", new JsonObject()))));
  }

  @Test
  void boundsTheSizeOfANamespace() {
    JsonObject big = new JsonObject().put("blob", "x".repeat(CustomerReader.EXTENSION_MAX_BYTES));
    assertEquals(List.of(new FieldError("extensions.loyalty", "must be at most 16384 bytes of JSON")),
        errors(new JsonObject().put("firstName", "A").put("lastName", "B")
            .put("extensions", new JsonObject().put("loyalty", big))));
  }

  @Test
  void notesMayHaveLineBreaksButNotOtherControls() {
    CustomerReader.read(new JsonObject().put("firstName", "A").put("lastName", "B").put("notes", "a\nb\tc"), WITH_LOYALTY);
    assertEquals(List.of(new FieldError("notes", "must not contain control characters other than line breaks and tabs")),
        errors(new JsonObject().put("firstName", "A").put("lastName", "B").put("notes", "a\u0007b")));
  }

  @Test
  void acceptsInternationalEmails() {
    for (String email : List.of("a.b+tag@example.co.uk", "o'neil@example.ie", "jürgen@müller.de", "x@sub.domain.museum")) {
      CustomerReader.read(new JsonObject().put("firstName", "A").put("lastName", "B").put("email", email), WITH_LOYALTY);
    }
    for (String email : List.of("a@b", "a..b@example.com", ".a@example.com", "a@-example.com", "a b@example.com")) {
      assertEquals("email", errors(new JsonObject().put("firstName", "A").put("lastName", "B").put("email", email))
          .get(0).field(), email);
    }
  }
}
