package dev.patron.core.tenant;

import dev.patron.kit.json.JsonInput;
import dev.patron.core.customer.LanguageTags;
import io.vertx.core.json.JsonObject;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.regex.Pattern;

/**
 * Validated tenant fields from an admin request; on update, {@code null} means unchanged. The
 * {@code slug} is the short name staff type to sign in ({@code trattoria-roma}), optional.
 */
public record TenantInput(String name, String currency, String language, String timeZone, Boolean disabled,
    String slug) {

  static final int NAME_MAX = 200;
  private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

  /** Reads a create request: name, currency, language and time zone are required. */
  public static TenantInput forCreate(JsonObject body) {
    JsonInput in = JsonInput.of(body);
    in.rejectReadOnly("id", "version", "createdAt", "updatedAt", "disabled");
    String name = in.requiredString("name", NAME_MAX);
    String currency = currency(in, in.requiredString("currency", 3));
    String language = LanguageTags.read(in, "language", true);
    String timeZone = timeZone(in, in.requiredString("timeZone", 64));
    String slug = in.has("slug") ? slug(in) : null;
    in.rejectUnknownFields();
    in.throwIfInvalid();
    return new TenantInput(name, currency, language, timeZone, false, slug);
  }

  /** Reads an update: any of name, language, time zone and disabled; the currency is fixed. */
  public static TenantInput forUpdate(JsonObject body) {
    JsonInput in = JsonInput.of(body);
    in.rejectReadOnly("id", "version", "createdAt", "updatedAt");
    if (in.has("currency")) {
      in.error("currency", "cannot change: amounts already recorded are in the current currency");
    }
    String name = in.has("name") ? in.requiredString("name", NAME_MAX) : null;
    String language = in.has("language") ? LanguageTags.read(in, "language", true) : null;
    String timeZone = in.has("timeZone") ? timeZone(in, in.requiredString("timeZone", 64)) : null;
    Boolean disabled = in.has("disabled") ? required(in, "disabled", in.bool("disabled")) : null;
    String slug = in.has("slug") ? slug(in) : null;
    in.rejectUnknownFields();
    in.throwIfInvalid();
    return new TenantInput(name, null, language, timeZone, disabled, slug);
  }

  /** Whether {@code text} has the form of a slug: what sign-in tells from a tenant id. */
  public static boolean isSlug(String text) {
    return text != null && SLUG.matcher(text).matches();
  }

  private static String slug(JsonInput in) {
    String slug = in.requiredString("slug", 63);
    if (slug != null && !isSlug(slug)) {
      in.error("slug", "must be 1 to 63 lower-case letters, digits and inner hyphens, such as trattoria-roma");
      return null;
    }
    return slug;
  }

  private static Boolean required(JsonInput in, String field, Boolean value) {
    if (value == null && in.json().getValue(field) == null) {
      in.error(field, "must be true or false");
    }
    return value;
  }

  private static String currency(JsonInput in, String code) {
    if (code == null) {
      return null;
    }
    try {
      Currency currency = Currency.getInstance(code);
      if (currency.getCurrencyCode().equals(code)) {
        return code;
      }
    } catch (IllegalArgumentException ignored) {
      // reported below
    }
    in.error("currency", "must be an ISO 4217 currency code such as EUR");
    return null;
  }

  private static String timeZone(JsonInput in, String zone) {
    if (zone == null) {
      return null;
    }
    try {
      return ZoneId.of(zone).getId();
    } catch (DateTimeException e) {
      in.error("timeZone", "must be an IANA time zone such as Europe/Vienna");
      return null;
    }
  }
}
