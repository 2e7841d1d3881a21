package dev.patron.plugins.sales.it;

import static dev.patron.plugins.sales.it.SalesApi.line;
import static dev.patron.plugins.sales.it.SalesApi.receipt;

import dev.patron.testkit.Await;
import dev.patron.testkit.PatronClient;
import dev.patron.testkit.Response;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The history import as the integration tests drive it: files made in the test, uploaded, awaited. */
final class ImportApi {

  static final String IMPORTS = SalesApi.BASE + "/imports";
  static final String NDJSON = "application/x-ndjson";
  static final String CSV = "text/csv";
  static final Set<String> FINISHED = Set.of("SUCCEEDED", "FAILED", "CANCELLED");

  private final PatronClient client;

  ImportApi(TestTenant tenant) {
    this.client = tenant.client();
  }

  Response upload(String contentType, String file) {
    return client.send("POST", IMPORTS, file, Map.of("Content-Type", contentType));
  }

  /** Uploads the file and waits for its job to finish; returns the job as it ended. */
  JsonObject imported(String contentType, String file) {
    String id = upload(contentType, file).expect(202).json().getString("id");
    return finished(id, Duration.ofSeconds(60));
  }

  JsonObject job(String id) {
    return client.get(IMPORTS + "/" + id).expect(200).json();
  }

  JsonObject finished(String id, Duration timeout) {
    return Await.until(timeout, () -> job(id), job -> FINISHED.contains(job.getString("state")));
  }

  Response rejections(String id) {
    return client.get(IMPORTS + "/" + id + "/rejections");
  }

  Response cancel(String id) {
    return client.post(IMPORTS + "/" + id + "/cancel", null);
  }

  /** Receipts as NDJSON, one per line. */
  static String ndjson(List<JsonObject> receipts) {
    return receipts.stream().map(JsonObject::encode).collect(Collectors.joining("\n", "", "\n"));
  }

  /** Receipts as CSV with this separator: scalar members as cells, money in minor units, lists as JSON. */
  static String csv(List<JsonObject> receipts, char separator) {
    List<String> columns = List.of("receiptId", "customerId", "customerReferenceId", "closedAt", "location", "lines",
        "taxes", "tip", "total", "payments");
    StringBuilder file = new StringBuilder(String.join(String.valueOf(separator), columns)).append("\r\n");
    for (JsonObject receipt : receipts) {
      List<String> cells = new ArrayList<>();
      for (String column : columns) {
        Object value = receipt.getValue(column);
        String cell = value == null ? ""
            : value instanceof JsonObject money ? String.valueOf(money.getLong("amount"))
            : value instanceof JsonArray list ? list.encode()
            : value.toString();
        cells.add(quoted(cell, separator));
      }
      file.append(String.join(String.valueOf(separator), cells)).append("\r\n");
    }
    return file.toString();
  }

  private static String quoted(String cell, char separator) {
    if (cell.indexOf(separator) < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0) {
      return cell;
    }
    return '"' + cell.replace("\"", "\"\"") + '"';
  }

  /** {@code count} receipts of two lines, each made by {@code customer} from its index (null: a walk-in guest). */
  static List<JsonObject> receipts(int count, Function<Integer, String> customer) {
    List<JsonObject> receipts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      receipts.add(receipt(customer.apply(i), line("COFFEE", 2, 350 + i % 7, 10), line("CAKE", 1, 480, 10))
          .put("receiptId", "IMP-" + i + "-" + java.util.UUID.randomUUID().toString().substring(0, 8))
          .put("location", i % 3 == 0 ? "Graz" : "Wien"));
    }
    return receipts;
  }

  static long rows(JsonObject job, String count) {
    return job.getJsonObject("rows").getLong(count);
  }
}
