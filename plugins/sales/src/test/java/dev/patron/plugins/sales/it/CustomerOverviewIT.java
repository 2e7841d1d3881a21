package dev.patron.plugins.sales.it;

import static dev.patron.plugins.sales.it.SalesApi.line;
import static dev.patron.plugins.sales.it.SalesApi.receipt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.patron.testkit.PatronExtension;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The {@code sales} section of the customer overview is the customer's statistics. */
class CustomerOverviewIT {

  @RegisterExtension
  static PatronExtension patron = SalesApi.server();

  private static JsonObject section(SalesApi api, String customer) {
    JsonObject overview = api.client().get("/api/v1/customers/" + customer + "/overview").expect(200).json();
    assertEquals(new JsonArray(), overview.getJsonArray("errors"));
    return overview.getJsonObject("sections").getJsonObject("sales");
  }

  @Test
  void theSectionEqualsTheStatistics() {
    SalesApi api = new SalesApi(patron.newTenant());
    String customer = api.customer("Ana", "Berger");
    assertEquals(api.statistics(customer), section(api, customer), "a customer without sales");
    assertEquals(0, section(api, customer).getLong("visits"));

    String profile = UUID.randomUUID().toString();
    api.recorded(receipt(customer, line("TEA", 2, 300, 10)).put("location", "Graz").put("orderProfileId", profile));
    api.recorded(receipt(customer, line("CAKE", 1, 450, 10)).put("location", "Graz"));
    api.recorded(receipt(customer, line("CAKE", 1, 450, 10)).put("location", "Linz"));

    JsonObject section = section(api, customer);
    assertEquals(api.statistics(customer), section);
    assertEquals(3, section.getLong("visits"));
    assertEquals("Graz", section.getString("favouriteLocation"));
    assertEquals(profile, section.getString("favouriteOrderProfileId"));
  }
}
