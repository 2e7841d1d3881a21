package dev.patron.core.customer;

import dev.patron.kit.json.JsonInput;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Set;

/** BCP 47 language tags, checked for form and for a known ISO 639 language. */
public final class LanguageTags {

  public static final int MAX_LENGTH = 35;
  private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

  private LanguageTags() {
  }

  /** The tag in canonical case ({@code de-AT}), or {@code null} when it is not a valid tag. */
  public static String normalize(String tag) {
    try {
      Locale locale = new Locale.Builder().setLanguageTag(tag).build();
      String language = locale.getLanguage();
      boolean known = language.length() == 3 || ISO_639_1.contains(language);
      return language.isEmpty() || !known ? null : locale.toLanguageTag();
    } catch (IllformedLocaleException e) {
      return null;
    }
  }

  /**
   * Reads {@code field} as a language tag (optional unless {@code required}) and returns it in
   * canonical case, recording a field error when it is not a valid tag.
   */
  public static String read(JsonInput in, String field, boolean required) {
    String tag = required ? in.requiredString(field, MAX_LENGTH) : in.string(field, MAX_LENGTH);
    if (tag == null) {
      return null;
    }
    String normalized = normalize(tag);
    if (normalized == null) {
      in.error(field, "must be a BCP 47 language tag such as de-AT");
    }
    return normalized;
  }

  /** The region of a tag ({@code AT} for {@code de-AT}), or {@code null}. */
  public static String region(String tag) {
    if (tag == null) {
      return null;
    }
    String region = Locale.forLanguageTag(tag).getCountry();
    return region.isEmpty() ? null : region;
  }
}
