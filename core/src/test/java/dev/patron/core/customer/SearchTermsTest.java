package dev.patron.core.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.api.customer.Customer;
import dev.patron.api.customer.Phone;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SearchTermsTest {

  private static Customer customer(String first, String last, String email, String company, Phone phone, String reference) {
    Instant now = Instant.now();
    return new Customer(UUID.randomUUID(), reference, first, last, email, company, null, null, phone, null, false, null,
        null, null, new JsonObject(), 1, now, now);
  }

  @Test
  void indexesNamesBothWaysLaterWordsContactsAndReference() {
    Customer c = customer("José María", "van der Berg", "Jose@Example.com", "Café Größe", new Phone("0660 123", "+43660123"), "POS-9");
    assertEquals(List.of(
        "jose maria van der berg",
        "van der berg jose maria",
        "maria",
        "der berg",
        "berg",
        "jose@example.com",
        "cafe grosse",
        "grosse",
        "0660123",
        "43660123",
        "pos-9"), SearchTerms.of(c));
  }

  @Test
  void foldsQueriesLikeTerms() {
    assertEquals("muller", SearchTerms.foldQuery("  MÜLLER "));
    assertEquals("lukasz", SearchTerms.foldQuery("Łukasz"));
    assertEquals("ss", SearchTerms.foldQuery("ß"));
    assertEquals("43660123", SearchTerms.foldQuery("+43 (660) 123"));
    assertEquals("43660123", SearchTerms.foldQuery("0043 660 123"));
    assertEquals("o'neil", SearchTerms.foldQuery("O'Neil").replace(" ", "'"));
  }

  @Test
  void theUpperBoundIsAboveEveryTermWithThePrefix() {
    String bound = SearchTerms.upperBound("mar");
    for (String term : List.of("mar", "mario", "mar\uffff", "mar" + new String(Character.toChars(0x1F600)))) {
      assertTrue(compareUtf8(term, bound) < 0, term);
    }
    assertTrue(compareUtf8("mas", bound) > 0);
  }

  @Test
  void sortsByLastThenFirstName() {
    assertEquals("oztuerk ayse", SearchTerms.sortName(customer("Ayşe", "Öztuerk", null, null, null, null)));
  }

  @Test
  void truncatesVeryLongTerms() {
    String longName = "a".repeat(300);
    SearchTerms.of(customer(longName, "b", null, null, null, null)).forEach(t -> assertTrue(t.length() <= 200));
  }

  /** PostgreSQL's COLLATE "C" compares UTF-8 bytes. */
  private static int compareUtf8(String a, String b) {
    byte[] x = a.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] y = b.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return java.util.Arrays.compareUnsigned(x, y);
  }
}
