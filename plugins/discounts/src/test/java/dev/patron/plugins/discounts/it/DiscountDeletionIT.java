package dev.patron.plugins.discounts.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.testkit.Await;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.Response;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Deleting a discount that is some customers' default: refused, reassigned or cleared, atomically. */
class DiscountDeletionIT {

  @RegisterExtension
  static PatronExtension patron = TestServer.extension();

  private DiscountsApi newRestaurant() {
    return new DiscountsApi(patron.newTenant());
  }

  @Test
  void refusesWhileCustomersUseTheDiscountAndSaysHowMany() {
    DiscountsApi api = newRestaurant();
    String staff = api.discount("STAFF", 20);
    api.customer("Only", staff);
    Response refused = api.deleteDiscount(staff, "").expect(409);
    assertEquals("https://patron.dev/problems/discount-in-use", refused.json().getString("type"));
    assertEquals(1, refused.json().getInteger("customers"));
    assertTrue(refused.json().getString("detail").startsWith("1 customer has discount STAFF as their default."),
        refused.body());
    api.getDiscount(staff);
  }

  @Test
  void reassignsEveryCustomerAndDeletesInOneGo() {
    DiscountsApi api = newRestaurant();
    String staff = api.discount("STAFF", 20);
    String family = api.discount("FAMILY", 10);
    String first = api.customer("First", staff);
    String second = api.customer("Second", staff);

    api.deleteDiscount(staff, "?reassignTo=" + family).expect(204);

    api.http().get(DiscountsApi.DISCOUNTS + "/" + staff).expect(404);
    assertEquals(family, api.defaultOf(first));
    assertEquals(family, api.defaultOf(second));
    assertEquals(2, api.getCustomer(second).getLong("version"), "an ordinary customer update");
    assertEquals(Stream.of(first, second).sorted().toList(), api.customersUsing(family));
    JsonObject deleted = Await.until(Duration.ofSeconds(10),
        () -> api.http().get("/api/v1/events?type=discounts.discount.deleted").expect(200).items(),
        events -> events.size() == 1).get(0);
    assertEquals(staff, deleted.getString("subjectId"));
    assertEquals(new JsonObject().put("id", staff).put("code", "STAFF").put("version", 1).put("customersChanged", 2)
        .put("reassignedTo", family), deleted.getJsonObject("data"));
  }

  @Test
  void clearsEveryCustomersDefaultAndDeletes() {
    DiscountsApi api = newRestaurant();
    String staff = api.discount("STAFF", 20);
    String customer = api.customer("Only", staff);
    api.deleteDiscount(staff, "?clearDefaults=true").expect(204);
    assertNull(api.defaultOf(customer));
    assertEquals(0, api.quote(customer, 1000, null).expect(200).json().getJsonObject("discountAmount").getLong("amount"));
  }

  @Test
  void aCustomerThatCannotBeChangedUndoesTheWholeDelete() {
    DiscountsApi api = newRestaurant();
    String staff = api.discount("STAFF", 20);
    String family = api.discount("FAMILY", 10);
    List<String> customers = List.of(api.customer("Able", staff), api.customer("Locked", staff),
        api.customer("Zeta", staff));

    Response vetoed = api.deleteDiscount(staff, "?clearDefaults=true").expect(409);
    assertEquals("veto", vetoed.json().getString("plugin"), vetoed.body());
    api.deleteDiscount(staff, "?reassignTo=" + family).expect(409);

    api.getDiscount(staff);
    for (String customer : customers) {
      assertEquals(staff, api.defaultOf(customer), "no customer was changed");
      assertEquals(1, api.getCustomer(customer).getLong("version"));
    }
    assertEquals(List.of(), api.customersUsing(family));
    assertEquals(3, api.deleteDiscount(staff, "").expect(409).json().getInteger("customers"));
  }

  @Test
  void checksWhereTheCustomersGo() {
    DiscountsApi api = newRestaurant();
    String staff = api.discount("STAFF", 20);
    String paused = api.createDiscount(DiscountsApi.percentBody("PAUSED", 5).put("active", false)).getString("id");
    String expired = api.createDiscount(DiscountsApi.percentBody("OLD", 5)
        .put("validUntil", DiscountsApi.fromNow(Duration.ofDays(-1)))).getString("id");
    api.customer("Guest", staff);

    assertEquals(List.of("reassignTo: is the inactive discount PAUSED; choose an active one"),
        api.deleteDiscount(staff, "?reassignTo=" + paused).expect(400).fieldErrors());
    assertEquals(List.of("reassignTo: is the discount OLD, which has expired"),
        api.deleteDiscount(staff, "?reassignTo=" + expired).expect(400).fieldErrors());
    assertEquals(List.of("reassignTo: must be another discount than the one deleted"),
        api.deleteDiscount(staff, "?reassignTo=" + staff).expect(400).fieldErrors());
    assertEquals(List.of("reassignTo: must be an id (UUID)"),
        api.deleteDiscount(staff, "?reassignTo=staff").expect(400).fieldErrors());
    assertEquals(List.of("clearDefaults: cannot be combined with reassignTo: choose one"),
        api.deleteDiscount(staff, "?clearDefaults=true&reassignTo=" + paused).expect(400).fieldErrors());
    api.getDiscount(staff);
  }

  /**
   * Customers choose a discount while it is deleted: whichever way the race goes, no customer is
   * left pointing to a discount that no longer exists, and nobody gets a server error.
   */
  @Test
  void concurrentChoicesNeverLeaveADanglingDefault() throws Exception {
    DiscountsApi api = newRestaurant();
    String staff = api.discount("STAFF", 20);
    String family = api.discount("FAMILY", 10);
    List<String> customers = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      customers.add(api.customer("Racer" + i, i % 2 == 0 ? staff : null));
    }
    Set<Integer> statuses = ConcurrentHashMap.newKeySet();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> choices = new ArrayList<>();
      for (String customer : customers) {
        choices.add(pool.submit(() -> {
          start.await();
          statuses.add(api.setDefault(customer, staff).status());
          return null;
        }));
      }
      Future<Integer> deletion = pool.submit(() -> {
        start.await();
        int status = 0;
        for (int attempt = 0; attempt < 20 && status != 204; attempt++) {
          status = api.deleteDiscount(staff, "?reassignTo=" + family).status();
          assertTrue(status == 204 || status == 409, "delete answered " + status);
        }
        return status;
      });
      start.countDown();
      for (Future<?> choice : choices) {
        choice.get(60, TimeUnit.SECONDS);
      }
      assertEquals(204, deletion.get(60, TimeUnit.SECONDS));
    } finally {
      pool.shutdownNow();
    }
    assertTrue(Set.of(200, 400).containsAll(statuses), "customer writes answered " + statuses);
    api.http().get(DiscountsApi.DISCOUNTS + "/" + staff).expect(404);
    for (String customer : customers) {
      String chosen = api.defaultOf(customer);
      assertTrue(chosen == null || chosen.equals(family), customer + " has " + chosen);
    }
  }
}
