package dev.patron.core.customer;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.patron.api.customer.Phone;
import java.util.regex.Pattern;

/**
 * Phone numbers: accepted in any common notation, kept as given, and normalised to E.164 when
 * libphonenumber recognises a valid number. A number without a country code is read in the
 * region of the customer's address, else of the tenant's language.
 */
public final class PhoneNumbers {

  public static final int MAX_LENGTH = 32;
  private static final Pattern NOTATION = Pattern.compile("\\+?[0-9 ()./-]+(?:\\s*(?:ext\\.?|x|#)\\s*[0-9]{1,6})?");
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  private PhoneNumbers() {
  }

  /** Whether the text is written like a phone number with 3 to 17 digits. */
  public static boolean isWellFormed(String number) {
    if (!NOTATION.matcher(number).matches()) {
      return false;
    }
    long digits = number.chars().filter(Character::isDigit).count();
    return digits >= 3 && digits <= 17;
  }

  /** The number as given plus its E.164 form when it is a valid number. */
  public static Phone parse(String number, String region) {
    try {
      PhoneNumber parsed = UTIL.parse(number, region == null ? "ZZ" : region);
      if (UTIL.isValidNumber(parsed)) {
        return new Phone(number, UTIL.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164));
      }
    } catch (NumberParseException e) {
      // not recognisable: kept as given, without E.164
    }
    return new Phone(number, null);
  }
}
