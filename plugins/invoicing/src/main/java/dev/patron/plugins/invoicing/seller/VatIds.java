package dev.patron.plugins.invoicing.seller;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The format of VAT identification numbers per country: the EU's (as VIES documents them), with
 * Northern Ireland (XI), Switzerland, Norway and the United Kingdom. A format check catches typos
 * and a number from the wrong country; whether the number is registered only VIES can tell.
 */
public final class VatIds {

  private static final Map<String, Pattern> FORMATS = Map.ofEntries(
      Map.entry("AT", Pattern.compile("ATU\\d{8}")),
      Map.entry("BE", Pattern.compile("BE[01]\\d{9}")),
      Map.entry("BG", Pattern.compile("BG\\d{9,10}")),
      Map.entry("CY", Pattern.compile("CY\\d{8}[A-Z]")),
      Map.entry("CZ", Pattern.compile("CZ\\d{8,10}")),
      Map.entry("DE", Pattern.compile("DE\\d{9}")),
      Map.entry("DK", Pattern.compile("DK\\d{8}")),
      Map.entry("EE", Pattern.compile("EE\\d{9}")),
      Map.entry("GR", Pattern.compile("EL\\d{9}")),
      Map.entry("ES", Pattern.compile("ES[A-Z0-9]\\d{7}[A-Z0-9]")),
      Map.entry("FI", Pattern.compile("FI\\d{8}")),
      Map.entry("FR", Pattern.compile("FR[A-HJ-NP-Z0-9]{2}\\d{9}")),
      Map.entry("HR", Pattern.compile("HR\\d{11}")),
      Map.entry("HU", Pattern.compile("HU\\d{8}")),
      Map.entry("IE", Pattern.compile("IE\\d{7}[A-W][A-I]?|IE\\d[A-Z+*]\\d{5}[A-W]")),
      Map.entry("IT", Pattern.compile("IT\\d{11}")),
      Map.entry("LT", Pattern.compile("LT(\\d{9}|\\d{12})")),
      Map.entry("LU", Pattern.compile("LU\\d{8}")),
      Map.entry("LV", Pattern.compile("LV\\d{11}")),
      Map.entry("MT", Pattern.compile("MT\\d{8}")),
      Map.entry("NL", Pattern.compile("NL\\d{9}B\\d{2}")),
      Map.entry("PL", Pattern.compile("PL\\d{10}")),
      Map.entry("PT", Pattern.compile("PT\\d{9}")),
      Map.entry("RO", Pattern.compile("RO\\d{2,10}")),
      Map.entry("SE", Pattern.compile("SE\\d{10}01")),
      Map.entry("SI", Pattern.compile("SI\\d{8}")),
      Map.entry("SK", Pattern.compile("SK\\d{10}")),
      Map.entry("XI", Pattern.compile("XI(\\d{9}|\\d{12}|GD\\d{3}|HA\\d{3})")),
      Map.entry("GB", Pattern.compile("GB(\\d{9}|\\d{12}|GD\\d{3}|HA\\d{3})")),
      Map.entry("CH", Pattern.compile("CHE\\d{9}(MWST|TVA|IVA)?")),
      Map.entry("NO", Pattern.compile("NO\\d{9}(MVA)?")));

  private VatIds() {
  }

  /** The id without spaces, dots and dashes, in upper case: {@code "atu 1234-5678"} is {@code ATU12345678}. */
  public static String normalise(String vatId) {
    return vatId.replaceAll("[\\s.\\-]", "").toUpperCase(java.util.Locale.ROOT);
  }

  /** Whether this country's VAT ids are known here. */
  public static boolean knows(String country) {
    return FORMATS.containsKey(country);
  }

  /** Whether the (normalised) id has the format of {@code country}'s VAT ids. */
  public static boolean matches(String country, String vatId) {
    Pattern format = FORMATS.get(country);
    return format != null && format.matcher(vatId).matches();
  }

  /** An example of {@code country}'s format, for error messages. */
  public static String example(String country) {
    return switch (country) {
      case "AT" -> "ATU12345678";
      case "DE" -> "DE123456789";
      case "FR" -> "FR12345678901";
      case "IT" -> "IT12345678901";
      case "NL" -> "NL123456789B01";
      case "CH" -> "CHE123456789MWST";
      default -> country + " followed by the national number";
    };
  }
}
