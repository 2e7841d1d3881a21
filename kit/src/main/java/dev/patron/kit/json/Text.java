package dev.patron.kit.json;

/**
 * The one definition of "blank" for every text a person types, shared by the core and plugins.
 *
 * <p>{@link String#strip()} knows only {@link Character#isWhitespace}: a name made of no-break
 * spaces, zero-width spaces, U+0085 or a byte-order mark would survive it and be stored as an
 * invisible, yet "present", value. Here every space separator (Zs, NBSP included), line and
 * paragraph separator, control character (Cc) and format character (Cf: zero-width space and
 * joiners, BOM, bidi marks) counts as invisible padding.
 */
public final class Text {

  private Text() {
  }

  /** Whether {@code codePoint} is invisible padding: whitespace, control or format character. */
  public static boolean isInvisible(int codePoint) {
    if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
      return true;
    }
    int type = Character.getType(codePoint);
    return type == Character.CONTROL || type == Character.FORMAT;
  }

  /** {@code text} without invisible characters at either end; {@code null} stays {@code null}. */
  public static String strip(String text) {
    if (text == null) {
      return null;
    }
    int start = 0;
    int end = text.length();
    while (start < end) {
      int cp = text.codePointAt(start);
      if (!isInvisible(cp)) {
        break;
      }
      start += Character.charCount(cp);
    }
    while (end > start) {
      int cp = text.codePointBefore(end);
      if (!isInvisible(cp)) {
        break;
      }
      end -= Character.charCount(cp);
    }
    return text.substring(start, end);
  }

  /** Whether {@code text} is {@code null}, empty or only invisible characters. */
  public static boolean isBlank(String text) {
    return text == null || strip(text).isEmpty();
  }
}
