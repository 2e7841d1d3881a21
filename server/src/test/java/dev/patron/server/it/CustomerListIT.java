package dev.patron.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.patron.testkit.PatronClient;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.Response;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Listing, paging, filtering, sorting and searching customers. */
class CustomerListIT {

  @RegisterExtension
  static PatronExtension patron = PatronExtension.builder().build();

  private static PatronClient api;
  private static final List<String> LAST_NAMES = List.of("Öztürk", "Álvarez", "Brown", "Chen", "Dubois", "Ng",
      "Van der Berg", "Łukasik", "Nguyễn", "Müller");

  @BeforeAll
  static void customers() {
    api = patron.newTenant().client();
    for (int i = 0; i < LAST_NAMES.size(); i++) {
      Customers.create(api, Customers.named("First" + i, LAST_NAMES.get(i))
          .put("email", "guest" + i + "@Example.com")
          .put("referenceId", "REF-" + i)
          .put("primaryPhone", "+43 660 55500" + i)
          .put("company", i == 3 ? "Golden Dragon Catering" : null));
    }
  }

  @Test
  void pagesThroughEveryoneByNameWithoutRepeats() {
    List<String> names = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      Response page = api.get(Customers.PATH + "?limit=3" + (cursor == null ? "" : "&cursor=" + cursor)).expect(200);
      page.items().forEach(c -> names.add(c.getString("lastName")));
      cursor = page.json().getString("nextCursor");
      pages++;
    } while (cursor != null);
    assertEquals(4, pages);
    assertEquals(List.of("Álvarez", "Brown", "Chen", "Dubois", "Łukasik", "Müller", "Ng", "Nguyễn", "Öztürk",
        "Van der Berg"), names, "sorted by last name, accents folded");
  }

  @Test
  void sortsByCreationBothWays() {
    List<String> oldestFirst = lastNames(api.get(Customers.PATH + "?sort=createdAt").expect(200));
    assertEquals(LAST_NAMES, oldestFirst);
    List<String> newestFirst = new ArrayList<>();
    String cursor = null;
    do {
      Response page = api.get(Customers.PATH + "?sort=-createdAt&limit=4" + (cursor == null ? "" : "&cursor=" + cursor));
      newestFirst.addAll(lastNames(page.expect(200)));
      cursor = page.json().getString("nextCursor");
    } while (cursor != null);
    List<String> reversed = new ArrayList<>(LAST_NAMES);
    java.util.Collections.reverse(reversed);
    assertEquals(reversed, newestFirst);
  }

  @Test
  void searchIsPrefixCaseAndAccentInsensitive() {
    assertEquals(List.of("Öztürk"), search("ozt"));
    assertEquals(List.of("Öztürk"), search("ÖZTÜ"));
    assertEquals(List.of("Álvarez"), search("alva"));
    assertEquals(List.of("Łukasik"), search("luk"));
    assertEquals(List.of("Nguyễn"), search("nguyen"));
    assertEquals(List.of("Van der Berg"), search("berg"));
    assertEquals(List.of("Van der Berg"), search("van der"));
    assertEquals(List.of("Ng", "Nguyễn"), search("ng"));
  }

  @Test
  void searchFindsFirstNameFullNameEmailPhoneCompanyAndReference() {
    assertEquals(List.of("Brown"), search("First2"));
    assertEquals(List.of("Brown"), search("first2 brown"));
    assertEquals(List.of("Brown"), search("brown first"));
    assertEquals(List.of("Chen"), search("guest3@exa"));
    assertEquals(List.of("Chen"), search("golden dra"));
    assertEquals(List.of("Chen"), search("dragon"));
    assertEquals(List.of("Dubois"), search("+43 660 555004"));
    assertEquals(List.of("Dubois"), search("0043660555004"));
    assertEquals(List.of("Dubois"), search("ref-4"));
    assertEquals(List.of(), search("zzz"));
  }

  @Test
  void searchPagesWithoutRepeatingACustomerWhoMatchesTwice() {
    List<String> ids = new ArrayList<>();
    String cursor = null;
    do {
      Response page = api.get(Customers.PATH + "?q=f&limit=3" + (cursor == null ? "" : "&cursor=" + cursor)).expect(200);
      page.items().forEach(c -> ids.add(c.getString("id")));
      cursor = page.json().getString("nextCursor");
    } while (cursor != null);
    assertEquals(10, ids.size(), "every customer's first name starts with f");
    assertEquals(10, ids.stream().distinct().count());
  }

  @Test
  void filtersByEmailReferenceAndUpdatedSince() {
    assertEquals(List.of("Chen"), lastNames(api.get(Customers.PATH + "?email=GUEST3@example.com").expect(200)));
    assertEquals(List.of("Dubois"), lastNames(api.get(Customers.PATH + "?referenceId=REF-4").expect(200)));
    assertEquals(List.of(), lastNames(api.get(Customers.PATH + "?referenceId=ref-4").expect(200)), "references are exact");

    Instant before = Instant.now();
    String id = api.get(Customers.PATH + "?referenceId=REF-5").items().get(0).getString("id");
    api.patch(Customers.path(id), new JsonObject().put("notes", "touched")).expect(200);
    Response since = api.get(Customers.PATH + "?updatedSince=" + encode(before.minusMillis(1).toString())).expect(200);
    assertEquals(List.of("Ng"), lastNames(since));
  }

  @Test
  void searchCombinesWithFilters() {
    assertEquals(List.of("Chen"), lastNames(api.get(Customers.PATH + "?q=first&referenceId=REF-3").expect(200)));
  }

  @Test
  void lastPageHasNoCursor() {
    Response all = api.get(Customers.PATH + "?limit=10").expect(200);
    assertEquals(10, all.items().size());
    assertNull(all.json().getString("nextCursor"));
    assertNotNull(api.get(Customers.PATH + "?limit=9").json().getString("nextCursor"));
  }

  @Test
  void aCursorOfOneSortIsRefusedForAnother() {
    String cursor = api.get(Customers.PATH + "?limit=2&sort=name").json().getString("nextCursor");
    api.get(Customers.PATH + "?limit=2&sort=createdAt&cursor=" + cursor).expect(400);
  }

  private static List<String> search(String q) {
    return lastNames(api.get(Customers.PATH + "?q=" + encode(q)).expect(200));
  }

  private static List<String> lastNames(Response response) {
    return response.items().stream().map(c -> c.getString("lastName")).toList();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
