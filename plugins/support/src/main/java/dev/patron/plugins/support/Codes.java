package dev.patron.plugins.support;

import dev.patron.kit.json.JsonInput;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A resource's {@code code} field: typed at the register, so letters, digits, '-' and '_', at most
 * {@value #MAX_LENGTH} characters, stored in upper case.
 */
public final class Codes {

  /** The longest code, in characters. */
  public static final int MAX_LENGTH = 40;
  private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]*");

  private Codes() {
  }

  /**
   * The required field {@code code} of {@code in}, in upper case; {@code null} with an error
   * recorded on {@code in} when it is missing or invalid.
   */
  public static String read(JsonInput in) {
    String code = in.requiredString("code", MAX_LENGTH);
    if (code == null) {
      return null;
    }
    String upper = code.toUpperCase(Locale.ROOT);
    if (!CODE.matcher(upper).matches()) {
      in.error("code", "must be letters A-Z, digits, '-' or '_', starting with a letter or digit");
      return null;
    }
    return upper;
  }
}
