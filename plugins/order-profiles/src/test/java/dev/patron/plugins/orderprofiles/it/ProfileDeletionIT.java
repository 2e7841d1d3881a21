package dev.patron.plugins.orderprofiles.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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

/** Deleting a profile that is some customers' default: refused, reassigned or cleared, atomically. */
class ProfileDeletionIT {

  @RegisterExtension
  static PatronExtension patron = TestServer.extension();

  private ProfilesApi newRestaurant() {
    return new ProfilesApi(patron.newTenant());
  }

  @Test
  void refusesWhileCustomersUseTheProfileAndSaysHowMany() {
    ProfilesApi api = newRestaurant();
    String hall = api.profile("HALL", "DINE_IN");
    api.customer("One", hall);
    api.customer("Two", hall);

    Response refused = api.deleteProfile(hall, "").expect(409);
    assertEquals("https://patron.dev/problems/profile-in-use", refused.json().getString("type"));
    assertEquals(2, refused.json().getInteger("customers"));
    assertTrue(refused.json().getString("detail").startsWith("2 customers have profile HALL as their default."),
        refused.body());
    api.getProfile(hall);
  }

  @Test
  void reassignsEveryCustomerAndDeletesInOneGo() {
    ProfilesApi api = newRestaurant();
    String hall = api.profile("HALL", "DINE_IN");
    String bar = api.profile("BAR", "DINE_IN");
    String first = api.customer("First", hall);
    String second = api.customer("Second", hall);
    String elsewhere = api.customer("Elsewhere", bar);

    api.deleteProfile(hall, "?reassignTo=" + bar).expect(204);

    api.http().get(ProfilesApi.PROFILES + "/" + hall).expect(404);
    assertEquals(bar, api.defaultOf(first));
    assertEquals(bar, api.defaultOf(second));
    assertEquals(2, api.getCustomer(first).getLong("version"), "an ordinary customer update");
    assertEquals(1, api.getCustomer(elsewhere).getLong("version"));
    assertEquals(Stream.of(first, second, elsewhere).sorted().toList(), api.customersUsing(bar));
    Await.until(Duration.ofSeconds(10), () -> updateEvents(api, first), count -> count == 1);
    JsonObject deleted = Await.until(Duration.ofSeconds(10), () -> deletedEvents(api), events -> events.size() == 1)
        .get(0);
    assertEquals(hall, deleted.getString("subjectId"));
    assertEquals(new JsonObject().put("id", hall).put("code", "HALL").put("version", 1).put("customersChanged", 2)
        .put("reassignedTo", bar), deleted.getJsonObject("data"));
  }

  @Test
  void clearsEveryCustomersDefaultAndDeletes() {
    ProfilesApi api = newRestaurant();
    String hall = api.profile("HALL", "DINE_IN");
    String first = api.customer("First", hall);
    String second = api.customer("Second", hall);

    api.deleteProfile(hall, "?clearDefaults=true").expect(204);

    api.http().get(ProfilesApi.PROFILES + "/" + hall).expect(404);
    assertNull(api.defaultOf(first));
    assertNull(api.defaultOf(second));
  }

  @Test
  void aCustomerThatCannotBeChangedUndoesTheWholeDelete() {
    ProfilesApi api = newRestaurant();
    String hall = api.profile("HALL", "DINE_IN");
    String bar = api.profile("BAR", "DINE_IN");
    List<String> customers = List.of(api.customer("Able", hall), api.customer("Baker", hall),
        api.customer("Locked", hall), api.customer("Charlie", hall));

    Response vetoed = api.deleteProfile(hall, "?reassignTo=" + bar).expect(409);
    assertEquals("veto", vetoed.json().getString("plugin"), vetoed.body());
    api.deleteProfile(hall, "?clearDefaults=true").expect(409);

    api.getProfile(hall);
    for (String customer : customers) {
      assertEquals(hall, api.defaultOf(customer), "no customer was changed");
      assertEquals(1, api.getCustomer(customer).getLong("version"));
    }
    assertEquals(List.of(), deletedEvents(api), "nor an event recorded");
    assertEquals(customers.stream().sorted().toList(), api.customersUsing(hall));
    assertEquals(List.of(), api.customersUsing(bar));
    assertEquals(4, api.deleteProfile(hall, "").expect(409).json().getInteger("customers"));
  }

  @Test
  void checksWhereTheCustomersGo() {
    ProfilesApi api = newRestaurant();
    String hall = api.profile("HALL", "DINE_IN");
    String inactive = api.createProfile(ProfilesApi.profileBody("OLD", "DINE_IN").put("active", false)).getString("id");
    String foreign = newRestaurant().profile("BAR", "DINE_IN");
    api.customer("Guest", hall);

    assertEquals(List.of("reassignTo: is the inactive profile OLD; choose an active one"),
        api.deleteProfile(hall, "?reassignTo=" + inactive).expect(400).fieldErrors());
    assertEquals(List.of("reassignTo: is not a profile of this restaurant"),
        api.deleteProfile(hall, "?reassignTo=" + foreign).expect(400).fieldErrors());
    assertEquals(List.of("reassignTo: must be another profile than the one deleted"),
        api.deleteProfile(hall, "?reassignTo=" + hall).expect(400).fieldErrors());
    assertEquals(List.of("clearDefaults: cannot be combined with reassignTo: choose one"),
        api.deleteProfile(hall, "?clearDefaults=true&reassignTo=" + inactive).expect(400).fieldErrors());
    assertEquals(List.of("clearDefaults: must be true or false"),
        api.deleteProfile(hall, "?clearDefaults=yes").expect(400).fieldErrors());
    assertEquals(List.of("force: unknown query parameter; allowed: clearDefaults, reassignTo"),
        api.deleteProfile(hall, "?force=true").expect(400).fieldErrors());
    api.getProfile(hall);
  }

  /**
   * Customers choose a profile while it is deleted: whichever way the race goes, no customer is
   * left pointing to a profile that no longer exists, and nobody gets a server error.
   */
  @Test
  void concurrentChoicesNeverLeaveADanglingDefault() throws Exception {
    ProfilesApi api = newRestaurant();
    String hall = api.profile("HALL", "DINE_IN");
    List<String> customers = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      customers.add(api.customer("Racer" + i, i % 2 == 0 ? hall : null));
    }
    Set<Integer> statuses = ConcurrentHashMap.newKeySet();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> work = new ArrayList<>();
      for (String customer : customers) {
        work.add(pool.submit(() -> {
          start.await();
          statuses.add(api.setDefault(customer, hall).status());
          return null;
        }));
      }
      Future<Integer> deletion = pool.submit(() -> {
        start.await();
        int status = 0;
        for (int attempt = 0; attempt < 20 && status != 204; attempt++) {
          status = api.deleteProfile(hall, "?clearDefaults=true").status();
          assertTrue(status == 204 || status == 409, "delete answered " + status);
        }
        return status;
      });
      start.countDown();
      for (Future<?> each : work) {
        each.get(60, TimeUnit.SECONDS);
      }
      assertEquals(204, deletion.get(60, TimeUnit.SECONDS));
    } finally {
      pool.shutdownNow();
    }
    assertTrue(Set.of(200, 400).containsAll(statuses), "customer writes answered " + statuses);
    api.http().get(ProfilesApi.PROFILES + "/" + hall).expect(404);
    for (String customer : customers) {
      assertNotEquals(hall, api.defaultOf(customer));
    }
  }

  private static List<JsonObject> deletedEvents(ProfilesApi api) {
    return api.http().get("/api/v1/events?type=order-profiles.profile.deleted").expect(200).items();
  }

  private static long updateEvents(ProfilesApi api, String customerId) {
    return api.http().get("/api/v1/events?limit=500").expect(200).items().stream()
        .filter(event -> customerId.equals(event.getString("customerId")))
        .filter(event -> "customer.updated".equals(event.getString("type")))
        .count();
  }
}
