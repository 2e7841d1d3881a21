package dev.patron.plugins.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.patron.api.problem.Problem;
import dev.patron.api.problem.ProblemException;
import dev.patron.kit.sql.PgErrors;
import io.vertx.pgclient.PgException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ResourceProblemsTest {

  private static final ResourceProblems PROFILES = new ResourceProblems("profile");
  private static final UUID ID = UUID.fromString("6f1c2a4e-0000-4000-8000-000000000001");

  private record Thing(UUID id, String code, long version, boolean active) implements DefaultableResource {
  }

  @Test
  void wordsTheProblemsWithTheNoun() {
    Problem notFound = assertThrows(ProblemException.class, () -> PROFILES.found(null, ID)).problem();
    assertEquals(404, notFound.status());
    assertEquals("No profile with id " + ID + ".", notFound.detail());

    Problem inUse = PROFILES.inUse("DELIVERY", 2).problem();
    assertEquals(409, inUse.status());
    assertEquals("profile-in-use", inUse.code());
    assertEquals("2 customers have profile DELIVERY as their default. Delete it with ?reassignTo=<profileId> to give"
        + " them another profile, or with ?clearDefaults=true to remove their default.", inUse.detail());
    assertEquals(2, inUse.properties().get("customers"));
    assertEquals("1 customer has discount STAFF as their default. Delete it with ?reassignTo=<discountId> to give"
        + " them another discount, or with ?clearDefaults=true to remove their default.",
        new ResourceProblems("discount").inUse("STAFF", 1).problem().detail());

    assertEquals("reassignTo", PROFILES.reassignedToItself().problem().errors().get(0).field());
    assertEquals("must be another profile than the one deleted",
        PROFILES.reassignedToItself().problem().errors().get(0).message());
    assertEquals("is the inactive profile OLD; choose an active one",
        PROFILES.inactive("x", "OLD").problem().errors().get(0).message());
    assertEquals("is not a profile of this restaurant", PROFILES.notOfRestaurant("x").problem().errors().get(0).message());
  }

  @Test
  void checksTheVersionOnlyWhenOneIsExpected() {
    Thing thing = new Thing(ID, "T", 3, true);
    PROFILES.checkVersion(thing, null);
    PROFILES.checkVersion(thing, 3L);
    Problem stale = assertThrows(ProblemException.class, () -> PROFILES.checkVersion(thing, 2L)).problem();
    assertEquals(412, stale.status());
    assertEquals("The profile is at version 3, not 2; read it again and reapply your change.", stale.detail());
    assertEquals("\"3\"", thing.etag());
  }

  private static PgException pgError(String sqlState, String constraint) {
    return new PgException("violation", "ERROR", sqlState, null, null, null, null, null, null, null, null, null,
        "order_profiles", "profiles", null, null, constraint);
  }

  @Test
  void turnsConstraintViolationsIntoConflicts() {
    Problem taken = ((ProblemException) PROFILES.codeClash(
        pgError(PgErrors.UNIQUE_VIOLATION, "profiles_code_key"), "profiles_code_key", "TAKEAWAY")).problem();
    assertEquals(409, taken.status());
    assertEquals("profile-code-taken", taken.code());
    assertEquals("Another profile already has code 'TAKEAWAY'.", taken.detail());
    assertEquals("code", taken.errors().get(0).field());
    assertEquals("is already used by another profile", taken.errors().get(0).message());
    PgException otherKey = pgError(PgErrors.UNIQUE_VIOLATION, "profiles_tenant_default_key");
    assertSame(otherKey, PROFILES.codeClash(otherKey, "profiles_code_key", "TAKEAWAY"));

    Problem chosen = ((ProblemException) PROFILES.chosenMeanwhile(
        pgError(PgErrors.FOREIGN_KEY_VIOLATION, "customer_defaults_profile_fkey"), "TAKEAWAY")).problem();
    assertEquals(409, chosen.status());
    assertEquals("profile-in-use", chosen.code());
    assertEquals("A customer chose profile TAKEAWAY as their default while it was being deleted; nothing was"
        + " changed. Try again.", chosen.detail());
    assertEquals("The profile changed while it was being deleted; read it again.",
        PROFILES.changedWhileDeleted().problem().detail());
  }

  @Test
  void leavesOtherErrorsAlone() {
    RuntimeException other = new IllegalStateException("boom");
    assertSame(other, PROFILES.codeClash(other, "profiles_code_key", "X"));
    assertSame(other, PROFILES.chosenMeanwhile(other, "X"));
  }

  @Test
  void theNounIsOneLowerCaseWord() {
    assertThrows(IllegalArgumentException.class, () -> new ResourceProblems("Order profile"));
    assertThrows(IllegalArgumentException.class, () -> new ResourceProblems(null));
  }
}
