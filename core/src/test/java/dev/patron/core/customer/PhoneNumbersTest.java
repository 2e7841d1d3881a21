package dev.patron.core.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

  @Test
  void acceptsCommonNotations() {
    for (String number : new String[] {"+43 660 1234567", "(0660) 123-4567", "0660/1234567", "+1.415.555.2671",
        "+43 1 5124567 ext. 12", "123"}) {
      assertTrue(PhoneNumbers.isWellFormed(number), number);
    }
    for (String number : new String[] {"call me", "12", "+43 660 12345678901234567", "++43 660", "660-ABC"}) {
      assertFalse(PhoneNumbers.isWellFormed(number), number);
    }
  }

  @Test
  void normalisesValidNumbersToE164() {
    assertEquals("+436601234567", PhoneNumbers.parse("0660 1234567", "AT").e164());
    assertEquals("+14155552671", PhoneNumbers.parse("+1 415 555 2671", null).e164());
    assertEquals("+14155552671", PhoneNumbers.parse("+1 415 555 2671", "AT").e164(), "an explicit country code wins");
  }

  @Test
  void keepsNumbersItCannotRecognise() {
    assertNull(PhoneNumbers.parse("0660 1234567", null).e164(), "no region to read a national number in");
    assertNull(PhoneNumbers.parse("123", "AT").e164());
    assertEquals("123", PhoneNumbers.parse("123", "AT").number());
  }
}
