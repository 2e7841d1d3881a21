package dev.patron.plugins.giftcards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LuhnTest {

  @Test
  void computesTheCheckDigitOfKnownNumbers() {
    assertEquals(3, Luhn.checkDigit("7992739871"));
    assertEquals(1, Luhn.checkDigit("411111111111111"));
    assertEquals(0, Luhn.checkDigit("000000000000000"));
  }

  @Test
  void acceptsValidNumbersAndCatchesSingleDigitTyposAndSwaps() {
    assertTrue(Luhn.isValid("4111111111111111"));
    assertTrue(Luhn.isValid("79927398713"));
    for (int position = 0; position < 16; position++) {
      for (char digit = '0'; digit <= '9'; digit++) {
        char[] typo = "4111111111111111".toCharArray();
        if (typo[position] == digit) {
          continue;
        }
        typo[position] = digit;
        assertFalse(Luhn.isValid(new String(typo)), "typo at " + position + " to " + digit);
      }
    }
    assertFalse(Luhn.isValid("79927398731"), "neighbouring 1 and 3 swapped");
  }

  @Test
  void refusesWhatIsNotADigitString() {
    assertFalse(Luhn.isValid("7"));
    assertThrows(IllegalArgumentException.class, () -> Luhn.isValid("41111111111111A1"));
  }
}
