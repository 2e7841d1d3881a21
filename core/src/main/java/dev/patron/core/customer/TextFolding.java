package dev.patron.core.customer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for search and sorting: accents removed ({@code é} to {@code e}, {@code ß} to {@code
 * ss}), lower case, punctuation other than {@code @ . - _ +} turned into spaces, spaces collapsed.
 * Searching applies the same folding to the query, so matching is case- and accent-insensitive.
 */
public final class TextFolding {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}@._+-]+");

  private TextFolding() {
  }

  public static String fold(String text) {
    if (text == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    String stripped = MARKS.matcher(decomposed).replaceAll("");
    String folded = foldLettersWithoutDecomposition(stripped.toLowerCase(Locale.ROOT));
    return SEPARATORS.matcher(folded).replaceAll(" ").strip();
  }

  /** Letters that carry no combining mark in Unicode, so NFKD leaves them alone. */
  private static String foldLettersWithoutDecomposition(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case 'ß' -> out.append("ss");
        case 'æ' -> out.append("ae");
        case 'œ' -> out.append("oe");
        case 'ø' -> out.append('o');
        case 'ł' -> out.append('l');
        case 'đ', 'ð' -> out.append('d');
        case 'þ' -> out.append("th");
        case 'ı' -> out.append('i');
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** The digits of a text, for matching phone numbers however they were written. */
  public static String digits(String text) {
    StringBuilder out = new StringBuilder();
    text.chars().filter(Character::isDigit).forEach(out::appendCodePoint);
    return out.toString();
  }
}
