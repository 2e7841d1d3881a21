package dev.patron.plugins.giftcards;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gift card codes: generated ones are 16 digits (15 random + a Luhn check digit); imported
 * physical cards keep their own code of 8 to 32 letters and digits. Spaces and dashes are
 * ignored and letters compared without case, so {@code 1234-5678 ...} finds {@code 12345678...}.
 */
public final class GiftCardCode {

  public static final int GENERATED_LENGTH = 16;
  public static final int MIN_LENGTH = 8;
  public static final int MAX_LENGTH = 32;
  /** Longest text accepted before spaces and dashes are removed. */
  public static final int MAX_INPUT_LENGTH = 64;

  private static final Pattern WELL_FORMED = Pattern.compile("[A-Z0-9]{" + MIN_LENGTH + "," + MAX_LENGTH + "}");
  private static final Pattern GENERATED_SHAPE = Pattern.compile("[0-9]{" + GENERATED_LENGTH + "}");
  private static final Pattern IGNORED = Pattern.compile("[\\s-]");

  private GiftCardCode() {
  }

  /** A new code: 15 digits from {@code random} and their check digit. */
  public static String generate(SecureRandom random) {
    StringBuilder code = new StringBuilder(GENERATED_LENGTH);
    for (int i = 0; i < GENERATED_LENGTH - 1; i++) {
      code.append((char) ('0' + random.nextInt(10)));
    }
    return code.append(Luhn.checkDigit(code.toString())).toString();
  }

  /** The code without spaces and dashes, letters upper-cased. */
  public static String normalize(String raw) {
    return IGNORED.matcher(raw).replaceAll("").toUpperCase(Locale.ROOT);
  }

  public static boolean isWellFormed(String normalized) {
    return WELL_FORMED.matcher(normalized).matches();
  }

  /** A code of the generated shape (16 digits) whose check digit is wrong: surely a typo. */
  public static boolean hasWrongCheckDigit(String normalized) {
    return GENERATED_SHAPE.matcher(normalized).matches() && !Luhn.isValid(normalized);
  }

  /**
   * The code as shown after its creation: all but the last characters hidden, in groups of four
   * ({@code **** **** **** 1234}). At most a quarter of the code is ever shown, so a short
   * imported code does not give half of itself away.
   */
  public static String mask(String normalized) {
    int visible = Math.min(4, normalized.length() / 4);
    int hidden = normalized.length() - visible;
    return "**** ".repeat((hidden + 3) / 4) + normalized.substring(hidden);
  }

  /**
   * What is stored instead of the code. The tenant id is mixed in so equal codes of two
   * restaurants never share a hash.
   */
  public static byte[] hash(UUID tenantId, String normalized) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return sha256.digest((tenantId + ":" + normalized).getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
