package dev.patron.plugins.invoicing.seller;

import dev.patron.kit.json.JsonInput;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.iban4j.BicFormatException;
import org.iban4j.BicUtil;
import org.iban4j.IbanFormatException;
import org.iban4j.IbanUtil;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;

/**
 * Reads and checks the {@code seller} of the invoicing configuration: legal name, street, postal
 * code, city and country are required; the VAT id must have its country's format; an IBAN must
 * have its country's length and layout and correct check digits (iban4j); a BIC must be one.
 */
public final class SellerInput {

  static final int NAME_MAX = 200;
  static final int LINE_MAX = 200;
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()/.-]{4,30}");
  private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

  private SellerInput() {
  }

  public static Seller read(JsonInput in) {
    String legalName = in.requiredString("legalName", NAME_MAX);
    String street = in.requiredString("street", LINE_MAX);
    String postalCode = in.requiredString("postalCode", 20);
    String city = in.requiredString("city", 100);
    String country = country(in);
    String vatId = vatId(in, country);
    String registryNumber = in.string("registryNumber", 100);
    String iban = iban(in);
    String bic = bic(in);
    String email = in.string("email", 254);
    if (email != null && !EMAIL.matcher(email).matches()) {
      in.error("email", "must be an email address");
    }
    String phone = in.string("phone", 30);
    if (phone != null && !PHONE.matcher(phone).matches()) {
      in.error("phone", "must be a phone number such as +43 1 234567");
    }
    in.rejectUnknownFields();
    return new Seller(legalName, street, postalCode, city, country, vatId, registryNumber, iban, bic, email, phone);
  }

  private static String country(JsonInput in) {
    String country = in.requiredString("country", 2);
    if (country != null && !(COUNTRY.matcher(country).matches() && ISO_COUNTRIES.contains(country))) {
      in.error("country", "must be an ISO 3166 country code such as AT, DE or FR");
    }
    return country;
  }

  private static String vatId(JsonInput in, String country) {
    String raw = in.requiredString("vatId", 30);
    if (raw == null || country == null) {
      return raw;
    }
    String vatId = VatIds.normalise(raw);
    if (VatIds.knows(country) && !VatIds.matches(country, vatId)) {
      in.error("vatId", "is not a VAT id of " + country + " (such as " + VatIds.example(country) + ")");
    } else if (!VatIds.knows(country) && !vatId.matches("[A-Z0-9]{4,20}")) {
      in.error("vatId", "must be 4 to 20 letters and digits");
    }
    return vatId;
  }

  private static String iban(JsonInput in) {
    String raw = in.string("iban", 50);
    if (raw == null) {
      return null;
    }
    String iban = raw.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    try {
      IbanUtil.validate(iban);
    } catch (InvalidCheckDigitException e) {
      in.error("iban", "has wrong check digits; look for a typo");
    } catch (UnsupportedCountryException e) {
      in.error("iban", "has an unknown country code");
    } catch (IbanFormatException e) {
      in.error("iban", "is not an IBAN of its country (" + e.getMessage() + ")");
    }
    return iban;
  }

  private static String bic(JsonInput in) {
    String raw = in.string("bic", 20);
    if (raw == null) {
      return null;
    }
    String bic = raw.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    try {
      BicUtil.validate(bic);
    } catch (BicFormatException | UnsupportedCountryException e) {
      in.error("bic", "is not a BIC such as BKAUATWW or COBADEFFXXX");
    }
    return bic;
  }
}
