package dev.patron.plugins.sales.it;

import static dev.patron.plugins.sales.it.SalesApi.BASE;
import static dev.patron.plugins.sales.it.SalesApi.TRANSACTIONS;
import static dev.patron.plugins.sales.it.SalesApi.line;
import static dev.patron.plugins.sales.it.SalesApi.receipt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.patron.testkit.PatronExtension;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The back office's list column: several customers' last visits in one request, bounded, tenant-scoped. */
class LastVisitsIT {

  @RegisterExtension
  static PatronExtension patron = SalesApi.server();

  private static final String LAST_VISITS = BASE + "/customers/last-visits";

  @Test
  void answersTheCustomersThatHaveALastVisitAndOnlyTheRestaurantsOwn() {
    SalesApi api = new SalesApi(patron.newTenant());
    String regular = api.customer("Rita", "Regular");
    String newcomer = api.customer("Nina", "New");
    JsonObject posted = receipt(regular, line("SOUP", 1, 650, 10));
    api.client().post(TRANSACTIONS, posted).expect(201);
    SalesApi other = new SalesApi(patron.newTenant());
    String elsewhere = other.customer("Otto", "Other");
    other.client().post(TRANSACTIONS, receipt(elsewhere, line("SOUP", 1, 650, 10))).expect(201);

    List<JsonObject> items = api.client().get(LAST_VISITS + "?customerId=" + regular + "&customerId=" + newcomer
        + "&customerId=" + elsewhere).expect(200).items();
    assertEquals(1, items.size(), "no visit for the newcomer, nothing of the other restaurant's customer");
    assertEquals(regular, items.get(0).getString("customerId"));
    assertEquals(Instant.parse(posted.getString("closedAt")), Instant.parse(items.get(0).getString("lastVisitAt")));
  }

  @Test
  void refusesNoIdsTooManyAndOtherThanIds() {
    SalesApi api = new SalesApi(patron.newTenant());
    api.client().get(LAST_VISITS).expect(400);
    api.client().get(LAST_VISITS + "?customerId=not-an-id").expect(400);
    String many = IntStream.range(0, 101).mapToObj(i -> "customerId=" + UUID.randomUUID()).collect(Collectors.joining("&"));
    api.client().get(LAST_VISITS + "?" + many).expect(400);
  }
}
