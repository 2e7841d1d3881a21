package dev.patron.core.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  private static final List<String> ANNA = List.of("anna.berger@example.at", "Anna Berger");

  @Test
  void aFewUnrelatedWordsPass() {
    assertNull(PasswordPolicy.check("violet tractor sings at dawn", ANNA));
    assertNull(PasswordPolicy.check("Schnitzel-Quark-Radweg-7", ANNA));
  }

  @Test
  void tooShortIsRefusedWhateverItIsMadeOf() {
    assertTrue(PasswordPolicy.check("x7#Qp!2zL@m", ANNA).startsWith("must be at least 12 characters"));
  }

  @Test
  void lengthCountsCharactersNotUtf16Units() {
    String elevenEmoji = "🍕".repeat(11);
    assertTrue(PasswordPolicy.check(elevenEmoji, ANNA).startsWith("must be at least 12"));
    assertNotNull(PasswordPolicy.check("a".repeat(129), ANNA));
  }

  @Test
  void theShippedListHoldsTheUsualSuspects() {
    assertTrue(PasswordPolicy.commonListSize() >= 10_000, "a top-10k list at least");
    for (String common : List.of("123456789012", "qwertyuiopasdfgh", "1q2w3e4r5t6y", "PASSWORD1234")) {
      String refusal = PasswordPolicy.check(common, ANNA);
      assertNotNull(refusal, common);
    }
    assertEquals("is one of the most common passwords; choose another", PasswordPolicy.check("1qaz2wsx3edc", ANNA));
  }

  @Test
  void thePersonsDetailsAreSplitIntoWordsAnAttackerWouldTry() {
    assertEquals(List.of("anna.berger@example.at", "anna", "berger", "example", "anna berger", "anna", "berger"),
        PasswordPolicy.words(ANNA));
  }

  @Test
  void patternsAndThePersonsOwnNameAreTooEasy() {
    assertTrue(PasswordPolicy.check("aaaaaaaaaaaaaaaa", ANNA).startsWith("is too easy to guess"));
    assertTrue(PasswordPolicy.check("passwordpassword", ANNA).startsWith("is too easy to guess"));
    assertTrue(PasswordPolicy.check("anna.berger@example.at", ANNA).startsWith("is too easy to guess"));
    assertTrue(PasswordPolicy.check("Anna Berger Anna", ANNA).startsWith("is too easy to guess"));
    assertNull(PasswordPolicy.check("Anna Berger Anna", List.of("sam@example.at", "Sam Lee")), "fine for someone else");
  }
}
