package dev.patron.plugins.giftcards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.patron.api.problem.FieldError;
import dev.patron.api.problem.ProblemException;
import dev.patron.api.tenant.Tenant;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CardRequestsTest {

  private static final Tenant TENANT = new Tenant(UUID.randomUUID(), "Beisl", "EUR", "de-AT", "Europe/Vienna");
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
  private static final GiftCardSettings SETTINGS = new GiftCardSettings(50_000, Set.of(CardType.DIGITAL, CardType.PHYSICAL), 24);

  private static NewCard newCard(JsonObject body, GiftCardSettings settings) {
    return CardRequests.newCard(body, TENANT, settings, TODAY);
  }

  private static List<FieldError> errors(Runnable read) {
    return assertThrows(ProblemException.class, read::run).problem().errors();
  }

  @Test
  void aNewCardGetsTheDefaultExpiryUnlessItSaysOtherwise() {
    assertEquals(new NewCard(CardType.DIGITAL, null, 2_500L, LocalDate.of(2028, 3, 15), null),
        newCard(new JsonObject().put("type", "DIGITAL").put("initialAmount", new JsonObject().put("amount", 2_500)), SETTINGS));
    assertNull(newCard(new JsonObject().put("type", "DIGITAL").putNull("expiresOn"), SETTINGS).expiresOn());
    assertEquals(TODAY, newCard(new JsonObject().put("type", "DIGITAL").put("expiresOn", TODAY.toString()), SETTINGS).expiresOn());
  }

  @Test
  void anImportedPhysicalCardKeepsItsCodeAndItsExpiry() {
    NewCard imported = newCard(new JsonObject().put("type", "PHYSICAL").put("code", "abcd-1234 efgh")
        .put("expiresOn", "2020-01-31"), SETTINGS);
    assertEquals("ABCD1234EFGH", imported.code());
    assertEquals(LocalDate.of(2020, 1, 31), imported.expiresOn());
  }

  @Test
  void anExpiryOutsideTheSdksDateRangeIsATypo() {
    List<FieldError> outOfRange = List.of(new FieldError("expiresOn", "must be a date from 2000-01-01 to 2099-12-31"));
    assertEquals(outOfRange, errors(() -> newCard(new JsonObject().put("type", "DIGITAL").put("expiresOn", "2100-01-01"),
        SETTINGS)));
    assertEquals(outOfRange, errors(() -> newCard(new JsonObject().put("type", "PHYSICAL").put("code", "ABCD1234")
        .put("expiresOn", "1999-12-31"), SETTINGS)), "also for an imported card, which may keep a past expiry");
    assertEquals(LocalDate.of(2099, 12, 31),
        newCard(new JsonObject().put("type", "DIGITAL").put("expiresOn", "2099-12-31"), SETTINGS).expiresOn());
  }

  @Test
  void refusesWhatTheRestaurantDoesNotSellAndWhatCannotBe() {
    GiftCardSettings digitalOnly = new GiftCardSettings(10_000, Set.of(CardType.DIGITAL), null);
    assertEquals(List.of(
            new FieldError("type", "this restaurant does not sell PHYSICAL cards; it sells DIGITAL"),
            new FieldError("code", "must be 8 to 32 letters or digits (spaces and dashes are ignored)"),
            new FieldError("initialAmount.amount", "must be between 1 and 10000"),
            new FieldError("customerId", "must be an id (UUID)"),
            new FieldError("colour", "unknown field")),
        errors(() -> newCard(new JsonObject().put("type", "PHYSICAL").put("code", "12_34").put("colour", "red")
            .put("initialAmount", new JsonObject().put("amount", 10_001)).put("customerId", "42"), digitalOnly)));
    assertEquals(List.of(
            new FieldError("code", "only imported PHYSICAL cards bring their own code; DIGITAL cards get a generated one"),
            new FieldError("expiresOn", "must not be in the past (today is 2026-03-15 in the restaurant's time zone)")),
        errors(() -> newCard(new JsonObject().put("type", "DIGITAL").put("code", "ABCD1234").put("expiresOn", "2026-03-14"),
            SETTINGS)));
    assertEquals(List.of(new FieldError("type", "is required: PHYSICAL or DIGITAL")),
        errors(() -> newCard(new JsonObject(), SETTINGS)));
    assertEquals(List.of(new FieldError("initialAmount.currency", "must be EUR, the restaurant's currency")),
        errors(() -> newCard(new JsonObject().put("type", "DIGITAL")
            .put("initialAmount", new JsonObject().put("amount", 100).put("currency", "USD")), SETTINGS)));
  }

  @Test
  void anActivityBringsWhatItsTypeNeeds() {
    assertEquals(new ActivityRequest(ActivityType.REDEEM, 1_250L, null, null),
        CardRequests.activity(new JsonObject().put("type", "REDEEM").put("amount", new JsonObject().put("amount", 1_250)), "EUR"));
    UUID redeem = UUID.randomUUID();
    assertEquals(new ActivityRequest(ActivityType.REVERSE, null, null, redeem),
        CardRequests.activity(new JsonObject().put("type", "REVERSE").put("reversesActivityId", redeem.toString()), "EUR"));
    assertEquals(List.of(new FieldError("reason", "is required"), new FieldError("amount", "is required for ADJUST_DECREMENT")),
        errors(() -> CardRequests.activity(new JsonObject().put("type", "ADJUST_DECREMENT"), "EUR")));
    assertEquals(List.of(
            new FieldError("amount", "must be left out: a REVERSE gives back exactly what the redeem took"),
            new FieldError("reversesActivityId", "is required for REVERSE: the id of the REDEEM to undo")),
        errors(() -> CardRequests.activity(new JsonObject().put("type", "REVERSE")
            .put("amount", new JsonObject().put("amount", 1)), "EUR")));
    assertEquals(List.of(new FieldError("amount.amount", "must be between 1 and 100000000000"),
            new FieldError("reversesActivityId", "is only for REVERSE")),
        errors(() -> CardRequests.activity(new JsonObject().put("type", "LOAD")
            .put("amount", new JsonObject().put("amount", 0)).put("reversesActivityId", redeem.toString()), "EUR")));
    assertEquals(List.of(new FieldError("type", "must be one of ACTIVATE, LOAD, REDEEM, ADJUST_INCREMENT,"
            + " ADJUST_DECREMENT, REFUND, DEACTIVATE, REVERSE")),
        errors(() -> CardRequests.activity(new JsonObject().put("type", "CHARGE"), "EUR")));
  }

  @Test
  void aLookedUpCodeIsNormalised() {
    assertEquals("4111111111111111", CardRequests.lookupCode(new JsonObject().put("code", "4111 1111-1111 1111")));
    assertEquals(List.of(new FieldError("code", "is required")), errors(() -> CardRequests.lookupCode(new JsonObject())));
    assertEquals(List.of(new FieldError("code", "must be 8 to 32 letters or digits (spaces and dashes are ignored)")),
        errors(() -> CardRequests.lookupCode(new JsonObject().put("code", "41 11"))));
  }
}
