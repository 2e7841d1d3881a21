package dev.patron.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.patron.testkit.PatronClient;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.Response;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A POST retried with the same Idempotency-Key happens once. */
class IdempotencyIT {

  @RegisterExtension
  static PatronExtension patron = PatronExtension.builder().build();

  @Test
  void sameKeyAndBodyReplaysTheFirstResponse() {
    PatronClient api = patron.newTenant().client();
    JsonObject body = Customers.named("Ana", "Lee");
    Response first = api.post(Customers.PATH, body, Map.of("Idempotency-Key", "order-1")).expect(201);
    Response again = api.post(Customers.PATH, body.copy(), Map.of("Idempotency-Key", "order-1")).expect(201);

    assertEquals(first.json(), again.json());
    assertEquals(first.header("Location"), again.header("Location"));
    assertEquals(first.header("ETag"), again.header("ETag"));
    assertEquals("true", again.header("Idempotent-Replayed"));
    assertNull(first.header("Idempotent-Replayed"));
    assertEquals(1, api.get(Customers.PATH).items().size());
  }

  @Test
  void memberOrderAndWhitespaceDoNotMakeADifferentRequest() {
    PatronClient api = patron.newTenant().client();
    api.send("POST", Customers.PATH, "{\"firstName\":\"Ana\",\"lastName\":\"Lee\"}", Map.of("Idempotency-Key", "k")).expect(201);
    api.send("POST", Customers.PATH, "{ \"lastName\" : \"Lee\", \"firstName\" : \"Ana\" }", Map.of("Idempotency-Key", "k"))
        .expect(201);
    assertEquals(1, api.get(Customers.PATH).items().size());
  }

  @Test
  void sameKeyWithADifferentBodyIs409() {
    PatronClient api = patron.newTenant().client();
    api.post(Customers.PATH, Customers.named("Ana", "Lee"), Map.of("Idempotency-Key", "k1")).expect(201);
    Response conflict = api.post(Customers.PATH, Customers.named("Bob", "Lee"), Map.of("Idempotency-Key", "k1"));
    conflict.expect(409);
    assertEquals("https://patron.dev/problems/idempotency-key-reused", conflict.json().getString("type"));
    assertEquals(1, api.get(Customers.PATH).items().size());
  }

  @Test
  void aFailedRequestDoesNotUseUpItsKey() {
    PatronClient api = patron.newTenant().client();
    api.post(Customers.PATH, Customers.named("Ana", "Lee").put("email", "bad"), Map.of("Idempotency-Key", "k2")).expect(400);
    api.post(Customers.PATH, Customers.named("Ana", "Lee"), Map.of("Idempotency-Key", "k2")).expect(201);
  }

  @Test
  void keysBelongToOneTenant() {
    PatronClient a = patron.newTenant().client();
    PatronClient b = patron.newTenant().client();
    String idA = a.post(Customers.PATH, Customers.named("Ana", "Lee"), Map.of("Idempotency-Key", "shared")).expect(201)
        .json().getString("id");
    Response inB = b.post(Customers.PATH, Customers.named("Ana", "Lee"), Map.of("Idempotency-Key", "shared")).expect(201);
    assertNull(inB.header("Idempotent-Replayed"));
    assertNotEquals(idA, inB.json().getString("id"));
  }

  @Test
  void concurrentRetriesCreateOneCustomer() throws Exception {
    TestTenant tenant = patron.newTenant();
    JsonObject body = Customers.named("Ana", "Lee").put("referenceId", "R-1");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Response>> calls = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        calls.add(() -> tenant.client().post(Customers.PATH, body, Map.of("Idempotency-Key", "burst")));
      }
      Set<String> ids = new HashSet<>();
      for (Future<Response> result : pool.invokeAll(calls)) {
        ids.add(result.get().expect(201).json().getString("id"));
      }
      assertEquals(1, ids.size());
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, tenant.client().get(Customers.PATH).items().size());
  }

  @Test
  void rejectsAnOversizedKey() {
    PatronClient api = patron.newTenant().client();
    api.post(Customers.PATH, Customers.named("Ana", "Lee"), Map.of("Idempotency-Key", "k".repeat(256))).expect(400);
  }
}
