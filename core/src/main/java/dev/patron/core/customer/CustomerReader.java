package dev.patron.core.customer;

import dev.patron.api.customer.Address;
import dev.patron.api.customer.Phone;
import dev.patron.kit.json.JsonInput;
import dev.patron.core.tenant.TenantContext;
import io.vertx.core.json.JsonObject;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates a customer document (a create body, or the result of applying a merge patch) into a
 * {@link CustomerDraft}, reporting every invalid field at once.
 */
public final class CustomerReader {

  public static final int NAME_MAX = 100;
  public static final int EMAIL_MAX = 254;
  public static final int COMPANY_MAX = 200;
  public static final int TAX_ID_MAX = 50;
  public static final int NOTES_MAX = 4000;
  public static final int REFERENCE_ID_MAX = 100;
  public static final int STREET_MAX = 200;
  public static final int POSTAL_CODE_MAX = 20;
  public static final int CITY_MAX = 100;
  public static final int STATE_MAX = 100;
  /** Largest JSON encoding of one plugin's extension namespace. */
  public static final int EXTENSION_MAX_BYTES = 16 * 1024;

  static final String[] READ_ONLY = {"id", "version", "createdAt", "updatedAt", "primaryPhoneE164", "secondaryPhoneE164"};

  private static final Pattern EMAIL = Pattern.compile(
      "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+(\\.[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+)*"
          + "@([\\p{L}\\p{N}]([\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+\\p{L}[\\p{L}\\p{N}-]{0,62}");
  private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");
  private static final Pattern CONTROL_EXCEPT_LINES = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  private CustomerReader() {
  }

  public static CustomerDraft read(JsonObject document, TenantContext context) {
    JsonInput in = JsonInput.of(document);
    in.rejectReadOnly(READ_ONLY);
    String referenceId = line(in, "referenceId", REFERENCE_ID_MAX);
    String firstName = requiredLine(in, "firstName", NAME_MAX);
    String lastName = requiredLine(in, "lastName", NAME_MAX);
    String email = email(in);
    String company = line(in, "company", COMPANY_MAX);
    String taxId = line(in, "taxId", TAX_ID_MAX);
    String language = LanguageTags.read(in, "language", false);
    Address primaryAddress = address(in, "primaryAddress");
    Address secondaryAddress = address(in, "secondaryAddress");
    String region = primaryAddress != null && primaryAddress.country() != null
        ? primaryAddress.country()
        : LanguageTags.region(context.tenant().language());
    Phone primaryPhone = phone(in, "primaryPhone", region);
    Phone secondaryPhone = phone(in, "secondaryPhone", region);
    Boolean emailNotifications = in.bool("emailNotifications");
    String notes = in.string("notes", NOTES_MAX);
    if (notes != null && CONTROL_EXCEPT_LINES.matcher(notes).find()) {
      in.error("notes", "must not contain control characters other than line breaks and tabs");
    }
    JsonObject extensions = extensions(in, context);
    in.rejectUnknownFields();
    in.throwIfInvalid();
    return new CustomerDraft(referenceId, firstName, lastName, email, company, taxId, language, primaryPhone,
        secondaryPhone, Boolean.TRUE.equals(emailNotifications), notes, primaryAddress, secondaryAddress, extensions);
  }

  private static String line(JsonInput in, String field, int max) {
    return withoutControls(in, field, in.string(field, max));
  }

  private static String requiredLine(JsonInput in, String field, int max) {
    return withoutControls(in, field, in.requiredString(field, max));
  }

  private static String withoutControls(JsonInput in, String field, String value) {
    if (value != null && CONTROL.matcher(value).find()) {
      in.error(field, "must not contain control characters such as line breaks");
      return null;
    }
    return value;
  }

  private static String email(JsonInput in) {
    String email = line(in, "email", EMAIL_MAX);
    if (email == null) {
      return null;
    }
    int at = email.lastIndexOf('@');
    if (!EMAIL.matcher(email).matches() || at > 64) {
      in.error("email", "must be an email address such as name@example.com");
      return null;
    }
    return email;
  }

  private static Phone phone(JsonInput in, String field, String region) {
    String number = in.string(field, PhoneNumbers.MAX_LENGTH);
    if (number == null) {
      return null;
    }
    if (!PhoneNumbers.isWellFormed(number)) {
      in.error(field, "must be a phone number such as +43 660 1234567 (digits, spaces, + ( ) . / -)");
      return null;
    }
    return PhoneNumbers.parse(number, region);
  }

  private static Address address(JsonInput parent, String field) {
    JsonInput in = parent.object(field);
    if (in == null) {
      return null;
    }
    String street = line(in, "street", STREET_MAX);
    String postalCode = line(in, "postalCode", POSTAL_CODE_MAX);
    String city = line(in, "city", CITY_MAX);
    String state = line(in, "state", STATE_MAX);
    String country = line(in, "country", 2);
    if (country != null) {
      country = country.toUpperCase(Locale.ROOT);
      if (!COUNTRIES.contains(country)) {
        in.error("country", "must be an ISO 3166-1 alpha-2 country code such as AT");
        country = null;
      }
    }
    in.rejectUnknownFields();
    if (street == null && postalCode == null && city == null && state == null && country == null) {
      return null;
    }
    return new Address(street, postalCode, city, state, country);
  }

  private static JsonObject extensions(JsonInput parent, TenantContext context) {
    JsonInput in = parent.object("extensions");
    JsonObject extensions = new JsonObject();
    if (in == null) {
      return extensions;
    }
    for (String pluginId : in.json().fieldNames()) {
      in.allow(pluginId);
      Object value = in.json().getValue(pluginId);
      if (value == null) {
        continue;
      }
      if (!context.pluginEnabled(pluginId)) {
        in.error(pluginId, "no enabled plugin '" + pluginId + "' for this restaurant owns these fields");
      } else if (!(value instanceof JsonObject namespace)) {
        in.error(pluginId, "must be an object");
      } else if (namespace.toBuffer().length() > EXTENSION_MAX_BYTES) {
        in.error(pluginId, "must be at most " + EXTENSION_MAX_BYTES + " bytes of JSON");
      } else {
        extensions.put(pluginId, namespace.copy());
      }
    }
    return extensions;
  }
}
