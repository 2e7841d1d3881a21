package dev.patron.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.testkit.Await;
import dev.patron.testkit.PatronClient;
import dev.patron.testkit.PatronExtension;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A customer import survives a kill -9 of the server in the middle: after the restart it goes on
 * from its last committed batch, and in the end every row is applied exactly once — one customer
 * and one event each. A batch applied twice would show: its rows would count as unchanged, not
 * created, and their events would be there twice.
 */
class CustomerImportCrashIT {

  private static final int ROWS = 20_000;

  @RegisterExtension
  static PatronExtension patron = PatronExtension.builder().isolated().build();

  @Test
  void anImportKilledMidwayResumesWhereItStoppedAndAppliesEveryRowOnce() {
    PatronClient api = patron.newTenant().client();
    String file = "referenceId,firstName,lastName,email\r\n" + IntStream.range(0, ROWS)
        .mapToObj(i -> "C-" + i + ",Kim" + i + ",Crash,kim" + i + "@example.at\r\n").collect(Collectors.joining());
    String id = api.send("POST", CustomerFileImportIT.IMPORTS, file, Map.of("Content-Type", CustomerFileImportIT.CSV))
        .expect(202).json().getString("id");

    JsonObject midway = Await.until(Duration.ofSeconds(60), () -> CustomerFileImportIT.job(api, id),
        job -> rows(job, "read") >= 1000);
    assertTrue(rows(midway, "read") < ROWS, "killed in the middle, not after the end: " + midway.encode());
    patron.server().kill();
    patron.server().startAgain();

    JsonObject job = Await.until(Duration.ofSeconds(120), () -> CustomerFileImportIT.job(api, id),
        done -> CustomerFileImportIT.FINISHED.contains(done.getString("state")));
    assertEquals("SUCCEEDED", job.getString("state"), job.encodePrettily());
    assertEquals(ROWS, rows(job, "read"));
    assertEquals(ROWS, rows(job, "created"), "a batch applied twice would count its rows as unchanged");
    assertEquals(0, rows(job, "unchanged"));
    assertEquals(0, rows(job, "rejected"));
    assertEquals(ROWS, CustomerFileImportIT.countAll(api, "/api/v1/customers"));
    assertEquals(ROWS, CustomerFileImportIT.countAll(api, "/api/v1/events?type=customer.created"), "one event each");
    assertEquals(1, api.get("/api/v1/customers?referenceId=C-" + (ROWS - 1)).expect(200).items().size());
  }

  private static long rows(JsonObject job, String count) {
    return job.getJsonObject("rows").getLong(count);
  }
}
