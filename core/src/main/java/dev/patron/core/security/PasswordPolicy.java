package dev.patron.core.security;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be, after OWASP ASVS (V2.1): at least {@value #MIN_LENGTH} characters,
 * at most {@value #MAX_LENGTH}, any characters, no composition rules; not one of the 30,000 most
 * common passwords (the list zxcvbn ships, from leaked password sets); and not easy to guess
 * from patterns or from the person's own name, email and restaurant (zxcvbn's estimate, score 3 of
 * 4 or more). Thread-safe; {@link #check} costs a few milliseconds, so call it on a worker thread.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;
  static final int MIN_SCORE = 3;
  private static final String COMMON_LIST = "/com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";

  private static final Set<String> COMMON = load();
  private static final Zxcvbn ZXCVBN = new Zxcvbn();

  private PasswordPolicy() {
  }

  /**
   * Why {@code password} is refused, as a sentence for the person choosing it; {@code null} when
   * it is fine.
   *
   * @param personal what the password must not be built from: the person's email, name, restaurant
   */
  public static String check(String password, List<String> personal) {
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      return "must be at least " + MIN_LENGTH + " characters long; a few words make a good one";
    }
    if (length > MAX_LENGTH) {
      return "must be at most " + MAX_LENGTH + " characters long";
    }
    if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
      return "is one of the most common passwords; choose another";
    }
    Strength strength = ZXCVBN.measure(password, words(personal));
    if (strength.getScore() < MIN_SCORE) {
      String warning = strength.getFeedback().getWarning();
      return "is too easy to guess" + (warning == null || warning.isBlank() ? "" : " (" + warning.strip() + ")")
          + "; a few unrelated words make a strong one";
    }
    return null;
  }

  /** The person's details and every word in them ({@code anna.berger@example.at} gives anna, berger, example). */
  static List<String> words(List<String> personal) {
    List<String> words = new ArrayList<>();
    for (String detail : personal) {
      if (detail == null || detail.isBlank()) {
        continue;
      }
      words.add(detail.strip().toLowerCase(Locale.ROOT));
      for (String word : detail.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (word.length() >= 3) {
          words.add(word);
        }
      }
    }
    return words;
  }

  /** Whether the shipped list holds {@code password} (any case). */
  static boolean isCommon(String password) {
    return COMMON.contains(password.toLowerCase(Locale.ROOT));
  }

  static int commonListSize() {
    return COMMON.size();
  }

  private static Set<String> load() {
    try (InputStream in = Zxcvbn.class.getResourceAsStream(COMMON_LIST)) {
      if (in == null) {
        throw new IllegalStateException("the common-password list " + COMMON_LIST + " is missing from zxcvbn");
      }
      Set<String> common = new HashSet<>(40_000);
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isBlank()) {
          common.add(line.strip().toLowerCase(Locale.ROOT));
        }
      }
      return Set.copyOf(common);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
