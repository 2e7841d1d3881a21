package dev.patron.plugins.sales.it;

import static dev.patron.plugins.sales.it.SalesApi.eur;
import static dev.patron.plugins.sales.it.SalesApi.line;
import static dev.patron.plugins.sales.it.SalesApi.receipt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.testkit.Concurrently;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.Response;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Receipts posted together share transactions (group commit); each still gets the answer it would
 * get alone, and one that cannot be recorded takes none of its neighbours down.
 */
class ConcurrentPostsIT {

  private static final int POSTS = 60;

  @RegisterExtension
  static PatronExtension patron = SalesApi.server();

  @Test
  void concurrentPostsShareTransactionsAndEachIsRecordedWhole() throws Exception {
    SalesApi api = new SalesApi(patron.newTenant());
    List<String> customers = new ArrayList<>();
    for (int c = 0; c < 5; c++) {
      customers.add(api.customer("Guest" + c, "Rush"));
    }
    // Every sixth receipt is a walk-in's; the others go round the five customers, so batches lock several.
    List<JsonObject> receipts = new ArrayList<>();
    for (int i = 0; i < POSTS; i++) {
      receipts.add(receipt(i % 6 == 0 ? null : customers.get(i % 5), line("TEA", 1, 300 + i, 10),
          line("CAKE", 2, 450, 10), line("WINE", 1, 690, 20), line("WATER", 3, 250, 10), line("BREAD", 1, 120, 10)));
    }

    List<Response> answers = Concurrently.run(POSTS, i -> api.post(receipts.get(i)));

    Map<String, Long> visits = new HashMap<>();
    Map<String, Long> spend = new HashMap<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < POSTS; i++) {
      JsonObject recorded = answers.get(i).expect(201).json();
      ids.add(recorded.getString("id"));
      assertEquals(recorded, api.transaction(recorded.getString("id")).expect(200).json(), "answered as stored");
      assertEquals(5, recorded.getJsonArray("lines").size());
      assertEquals(receipts.get(i).getString("receiptId"), recorded.getString("receiptId"));
      String customer = receipts.get(i).getString("customerId");
      if (customer != null) {
        visits.merge(customer, 1L, Long::sum);
        spend.merge(customer, SalesApi.amount(recorded, "total"), Long::sum);
      }
    }
    assertEquals(POSTS, ids.size(), "every post has a receipt of its own");
    for (String customer : customers) {
      JsonObject statistics = api.statistics(customer);
      assertEquals(visits.get(customer), statistics.getLong("visits"), "each sale counted once");
      assertEquals(eur(spend.get(customer)), statistics.getJsonObject("totalSpend"));
    }

    List<JsonObject> events = api.client().get("/api/v1/events?type=sales.transaction.recorded&limit=100")
        .expect(200).items();
    assertEquals(ids, events.stream().map(event -> event.getString("subjectId")).collect(Collectors.toSet()),
        "one event per receipt");
    Set<String> transactions = events.stream().map(event -> event.getString("position").split("-")[0])
        .collect(Collectors.toSet());
    assertTrue(transactions.size() < POSTS, "some posts committed together: " + transactions.size() + " transactions");
  }

  @Test
  void postsTheSharedTransactionCannotRecordGetTheAnswerTheyWouldGetAlone() throws Exception {
    SalesApi api = new SalesApi(patron.newTenant());
    String customer = api.customer("Ana", "Berger");
    JsonObject stored = receipt(customer, line("TEA", 1, 300, 10));
    String storedId = api.recorded(stored).getString("id");
    JsonObject repeated = receipt(customer, line("BEER", 2, 520, 20));

    // Among new receipts: re-posts of a stored one, another receipt under its id, an unknown
    // customer, and one receipt posted four times at once.
    List<Response> answers = Concurrently.run(POSTS, i -> switch (i % 6) {
      case 1 -> api.post(stored);
      case 2 -> api.post(receipt(customer, line("TEA", 2, 300, 10)).put("receiptId", stored.getString("receiptId")));
      case 3 -> api.post(receipt(UUID.randomUUID().toString(), line("TEA", 1, 300, 10)));
      case 4 -> i < 24 ? api.post(repeated) : api.post(receipt(customer, line("CAKE", 1, 450, 10)));
      default -> api.post(receipt(customer, line("CAKE", 1, 450, 10)));
    });

    int created = 0;
    String repeatedId = null;
    for (int i = 0; i < POSTS; i++) {
      Response answer = answers.get(i);
      switch (i % 6) {
        case 1 -> assertEquals(storedId, answer.expect(200).json().getString("id"), "the stored receipt");
        case 2 -> {
          JsonObject problem = answer.expect(409).json();
          assertEquals("https://patron.dev/problems/receipt-id-taken", problem.getString("type"));
          assertEquals(storedId, problem.getString("transactionId"));
        }
        case 3 -> assertEquals(List.of("customerId: no customer of this restaurant has this id"),
            answer.expect(400).fieldErrors());
        case 4 -> {
          if (i < 24) {
            assertTrue(answer.status() == 201 || answer.status() == 200, "recorded or found: " + answer.status());
            created += answer.status() == 201 ? 1 : 0;
            String id = answer.json().getString("id");
            assertTrue(repeatedId == null || repeatedId.equals(id), "one receipt for the four posts");
            repeatedId = id;
          } else {
            answer.expect(201);
            created++;
          }
        }
        default -> {
          answer.expect(201);
          created++;
        }
      }
    }
    // 10 each of cases 0 and 5, 6 of case 4 beyond the first 24, and the repeated receipt once.
    assertEquals(10 + 10 + 6 + 1, created, "recorded once each");
    JsonObject statistics = api.statistics(customer);
    assertEquals(created + 1, statistics.getLong("visits"), "the stored receipt and those recorded now, once each");
    assertEquals(created + 1, api.client().get("/api/v1/events?type=sales.transaction.recorded&limit=100")
        .expect(200).items().size(), "no event without its receipt");
    JsonObject rebuild = api.client().post(SalesApi.BASE + "/maintenance/statistics-rebuild",
        new JsonObject().put("checkOnly", true)).expect(200).json();
    assertEquals(List.of(), rebuild.getJsonArray("drifted").getList(), "statistics equal the history");
  }

  @Test
  void concurrentPostsOfSeveralRestaurantsStayWithTheirRestaurant() throws Exception {
    List<SalesApi> restaurants = new ArrayList<>();
    List<String> customers = new ArrayList<>();
    for (int t = 0; t < 3; t++) {
      SalesApi api = new SalesApi(patron.newTenant());
      restaurants.add(api);
      customers.add(api.customer("Guest", "Tenant" + t));
    }

    List<Response> answers = Concurrently.run(POSTS, i -> restaurants.get(i % 3)
        .post(receipt(customers.get(i % 3), line("TEA", 1, 300, 10))));

    for (int i = 0; i < POSTS; i++) {
      String id = answers.get(i).expect(201).json().getString("id");
      restaurants.get(i % 3).transaction(id).expect(200);
      restaurants.get((i + 1) % 3).transaction(id).expect(404);
    }
    for (int t = 0; t < 3; t++) {
      assertEquals(POSTS / 3, restaurants.get(t).statistics(customers.get(t)).getLong("visits"));
    }
  }
}
