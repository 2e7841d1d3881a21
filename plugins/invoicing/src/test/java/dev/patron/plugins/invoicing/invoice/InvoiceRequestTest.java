package dev.patron.plugins.invoicing.invoice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.patron.api.problem.ProblemException;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InvoiceRequestTest {

  private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");

  @Test
  void aPeriodCoversWholeDaysInTheRestaurantsTimeZone() {
    UUID customer = UUID.randomUUID();
    InvoiceRequest request = InvoiceRequest.read(new JsonObject().put("customerId", customer.toString())
        .put("from", "2026-01-01").put("to", "2026-01-31"));
    assertEquals(customer, request.customerId());
    assertEquals(Instant.parse("2025-12-31T23:00:00Z"), request.fromInstant(VIENNA));
    assertEquals(Instant.parse("2026-01-31T23:00:00Z"), request.toInstant(VIENNA));
  }

  @Test
  void withoutAPeriodEverythingPendingIsBilled() {
    InvoiceRequest request = InvoiceRequest.read(new JsonObject().put("customerId", UUID.randomUUID().toString()));
    assertNull(request.fromInstant(VIENNA));
    assertNull(request.toInstant(VIENNA));
  }

  @Test
  void reportsEveryInvalidField() {
    ProblemException problem = assertThrows(ProblemException.class, () -> InvoiceRequest.read(new JsonObject()
        .put("from", "2026-02-01").put("to", "2026-01-01").put("extra", 1)));
    List<String> fields = problem.problem().errors().stream().map(e -> e.field()).toList();
    assertEquals(List.of("customerId", "to", "extra"), fields);
  }
}
