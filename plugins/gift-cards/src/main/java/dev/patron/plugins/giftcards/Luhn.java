package dev.patron.plugins.giftcards;

/**
 * The Luhn (mod 10) check digit payment cards use: it catches every single-digit typo and most
 * swaps of neighbouring digits.
 */
public final class Luhn {

  private Luhn() {
  }

  /** The check digit to append to {@code payload} (digits only). */
  public static int checkDigit(String payload) {
    int sum = 0;
    boolean doubled = true;
    for (int i = payload.length() - 1; i >= 0; i--) {
      int digit = digit(payload.charAt(i));
      if (doubled) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
      doubled = !doubled;
    }
    return (10 - sum % 10) % 10;
  }

  /** Whether {@code number} (digits only, check digit last) has a matching check digit. */
  public static boolean isValid(String number) {
    if (number.length() < 2) {
      return false;
    }
    int last = number.length() - 1;
    return checkDigit(number.substring(0, last)) == digit(number.charAt(last));
  }

  private static int digit(char c) {
    if (c < '0' || c > '9') {
      throw new IllegalArgumentException("not a digit: " + c);
    }
    return c - '0';
  }
}
