package dev.patron.core.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  @Test
  void hashesWithArgon2idAtTheStatedParametersAndASaltEachTime() {
    String first = PasswordHasher.hash("violet tractor sings at dawn");
    String second = PasswordHasher.hash("violet tractor sings at dawn");
    assertTrue(first.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), first);
    assertNotEquals(first, second);
    assertTrue(PasswordHasher.matches("violet tractor sings at dawn", first));
    assertTrue(PasswordHasher.matches("violet tractor sings at dawn", second));
  }

  @Test
  void refusesOtherPasswordsMissingAndMalformedHashes() {
    String hash = PasswordHasher.hash("violet tractor sings at dawn");
    assertFalse(PasswordHasher.matches("violet tractor sings at dusk", hash));
    assertFalse(PasswordHasher.matches("violet tractor sings at dawn", null));
    assertFalse(PasswordHasher.matches("violet tractor sings at dawn", "$argon2id$nonsense"));
    assertFalse(PasswordHasher.matches("anything", "plain text"));
  }
}
