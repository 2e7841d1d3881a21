package dev.patron.plugins.giftcards;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class GiftCardCodeTest {

  @Test
  void generatesSixteenDigitsWithAValidCheckDigit() {
    SecureRandom random = new SecureRandom();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String code = GiftCardCode.generate(random);
      assertTrue(code.matches("[0-9]{16}"), code);
      assertTrue(Luhn.isValid(code), code);
      assertFalse(GiftCardCode.hasWrongCheckDigit(code));
      seen.add(code);
    }
    assertEquals(1000, seen.size(), "15 random digits do not repeat in a thousand draws");
  }

  @Test
  void normalisesSpacesDashesAndCase() {
    assertEquals("ABCD12345678", GiftCardCode.normalize(" abcd-1234 5678 "));
    assertTrue(GiftCardCode.isWellFormed("ABCD1234"));
    assertFalse(GiftCardCode.isWellFormed("ABC1234"), "too short");
    assertFalse(GiftCardCode.isWellFormed("A".repeat(33)), "too long");
    assertFalse(GiftCardCode.isWellFormed("ABCD_1234"));
    assertFalse(GiftCardCode.isWellFormed("ÄBCD1234"));
  }

  @Test
  void tellsATypoInAGeneratedCodeFromAnImportedCode() {
    assertTrue(GiftCardCode.hasWrongCheckDigit("4111111111111112"));
    assertFalse(GiftCardCode.hasWrongCheckDigit("4111111111111111"));
    assertFalse(GiftCardCode.hasWrongCheckDigit("411111111111112"), "15 digits: not the generated shape");
    assertFalse(GiftCardCode.hasWrongCheckDigit("ABCD111111111112"));
  }

  @Test
  void masksAllButAQuarterOfTheCodeAtMostFourCharacters() {
    assertEquals("**** **** **** 1111", GiftCardCode.mask("4111111111111111"));
    assertEquals("**** **** **** 876", GiftCardCode.mask("ABCDEFGH9876"));
    assertEquals("**** **** GH", GiftCardCode.mask("ABCDEFGH"));
    assertEquals("**** **** **** **** **** **** **** WXYZ", GiftCardCode.mask("A".repeat(28) + "WXYZ"));
  }

  @Test
  void hashesPerTenantSoEqualCodesOfTwoRestaurantsDiffer() {
    UUID one = UUID.randomUUID();
    UUID two = UUID.randomUUID();
    assertArrayEquals(GiftCardCode.hash(one, "4111111111111111"), GiftCardCode.hash(one, "4111111111111111"));
    assertFalse(Arrays.equals(GiftCardCode.hash(one, "4111111111111111"), GiftCardCode.hash(two, "4111111111111111")));
    assertEquals(32, GiftCardCode.hash(one, "X").length);
  }
}
