package dev.patron.core.customer;

import dev.patron.api.customer.Customer;
import dev.patron.api.customer.Phone;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The folded terms a customer is found by, and the key customers are sorted by name with.
 *
 * <p>A search for {@code q} matches a customer when one of its terms starts with the folded
 * query. Full names are indexed both ways round ("mario rossi", "rossi mario"), so a first name, a
 * last name or the start of either full name matches; later words of multi-word names and
 * companies are indexed alone too ("van der berg" also as "der berg" and "berg"). Phone numbers
 * are indexed by their digits, as given and in E.164.
 */
public final class SearchTerms {

  /** Longest term stored; a longer value is found by its first 200 characters. */
  static final int MAX_TERM_LENGTH = 200;
  /** Above every character, so [q, q + MAX) is the range of terms that start with q. */
  private static final String MAX_CHARACTER = new String(Character.toChars(Character.MAX_CODE_POINT));

  private SearchTerms() {
  }

  public static List<String> of(Customer customer) {
    Set<String> terms = new LinkedHashSet<>();
    String first = TextFolding.fold(customer.firstName());
    String last = TextFolding.fold(customer.lastName());
    add(terms, first + " " + last);
    add(terms, last + " " + first);
    addLaterWords(terms, first);
    addLaterWords(terms, last);
    add(terms, TextFolding.fold(customer.email()));
    String company = TextFolding.fold(customer.company());
    add(terms, company);
    addLaterWords(terms, company);
    addPhone(terms, customer.primaryPhone());
    addPhone(terms, customer.secondaryPhone());
    add(terms, TextFolding.fold(customer.referenceId()));
    return new ArrayList<>(terms);
  }

  /** The key customers are sorted by when sorting by name: folded last name, then first name. */
  public static String sortName(Customer customer) {
    return truncate(TextFolding.fold(customer.lastName()) + " " + TextFolding.fold(customer.firstName()));
  }

  /**
   * The folded form of a search query: digits only when it is written like a phone number, so
   * "+43 660" and "0043 660" find "+436601234567".
   */
  public static String foldQuery(String query) {
    if (PhoneNumbers.isWellFormed(query.strip())) {
      String digits = TextFolding.digits(query);
      // 00 is the international call prefix: "0043 660" means +43 660.
      return digits.startsWith("00") ? digits.substring(2) : digits;
    }
    return truncate(TextFolding.fold(query));
  }

  /** The exclusive upper bound of terms starting with {@code prefix}. */
  public static String upperBound(String prefix) {
    return prefix + MAX_CHARACTER;
  }

  private static void addLaterWords(Set<String> terms, String folded) {
    int space = folded.indexOf(' ');
    while (space >= 0) {
      add(terms, folded.substring(space + 1));
      space = folded.indexOf(' ', space + 1);
    }
  }

  private static void addPhone(Set<String> terms, Phone phone) {
    if (phone != null) {
      add(terms, TextFolding.digits(phone.number()));
      if (phone.e164() != null) {
        add(terms, TextFolding.digits(phone.e164()));
      }
    }
  }

  private static void add(Set<String> terms, String term) {
    String trimmed = term.strip();
    if (!trimmed.isEmpty()) {
      terms.add(truncate(trimmed));
    }
  }

  private static String truncate(String term) {
    if (term.length() <= MAX_TERM_LENGTH) {
      return term;
    }
    int end = Character.isHighSurrogate(term.charAt(MAX_TERM_LENGTH - 1)) ? MAX_TERM_LENGTH - 1 : MAX_TERM_LENGTH;
    return term.substring(0, end);
  }
}
