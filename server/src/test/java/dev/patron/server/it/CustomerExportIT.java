package dev.patron.server.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.patron.server.it.fixtures.FixturePlugins;
import dev.patron.testkit.Concurrently;
import dev.patron.testkit.PatronClient;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.Response;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code GET /api/v1/customers/export}: every customer the list's filters match, streamed as CSV
 * or NDJSON in the shape the import reads, plugin fields included, never another tenant's.
 */
class CustomerExportIT {

  private static final String EXPORT = Customers.PATH + "/export";
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final List<String> STANDARD = List.of("referenceId", "firstName", "lastName", "email", "company",
      "taxId", "language", "primaryPhone", "secondaryPhone", "emailNotifications", "notes",
      "primaryAddress.street", "primaryAddress.postalCode", "primaryAddress.city", "primaryAddress.state",
      "primaryAddress.country",
      "secondaryAddress.street", "secondaryAddress.postalCode", "secondaryAddress.city", "secondaryAddress.state",
      "secondaryAddress.country");
  /** Fields of a customer's representation that are not part of its writable document. */
  private static final List<String> READ_ONLY = List.of("id", "version", "createdAt", "updatedAt", "primaryPhoneE164",
      "secondaryPhoneE164");

  @RegisterExtension
  // Five exports hung up on in a row: each frees its slot once the server notices the hang-up,
  // which races the next one under the default cap of two running at once.
  static PatronExtension patron = PatronExtension.builder().plugin(FixturePlugins.recorder())
      .setting("PATRON_MAX_CONCURRENT_EXPORTS", "5").build();

  @Test
  void csvHasABomTheColumnPathsAndEveryValueQuotedWhereItMustBe() {
    PatronClient api = patron.newTenant().client();
    String notes = "Says \"Grüß Gott\", always.\nAllergic to nuts; table 7,\r\nby the window 🌿";
    JsonObject sophie = Customers.create(api, Customers.complete().put("referenceId", "POS-1").put("notes", notes)
        .put("company", "Müller, Söhne & \"Töchter\""));
    JsonObject chen = Customers.create(api, Customers.named("Wei", "陈").put("referenceId", "#2")
        .put("email", "wei@example.cn"));

    Response export = api.get(EXPORT + "?format=csv").expect(200);
    assertEquals("text/csv; charset=utf-8", export.header("Content-Type"));
    assertTrue(export.header("Content-Disposition").matches("attachment; filename=\"customers-\\d{4}-\\d{2}-\\d{2}\\.csv\""),
        export.header("Content-Disposition"));
    assertEquals("no-store", export.header("Cache-Control"));
    assertArrayEquals(BOM, Arrays.copyOf(export.bytes(), 3), "starts with a UTF-8 byte order mark");
    assertTrue(export.body().contains("\r\n"), "records end in CRLF");

    List<List<String>> records = csv(export);
    assertEquals(STANDARD, records.get(0), "a header row of column paths; no plugin enabled, no extension column");
    assertEquals(3, records.size(), "the header and the two customers, oldest first");
    assertEquals(List.of("POS-1", "Sophie", "Müller", "sophie.mueller@example.at", "Müller, Söhne & \"Töchter\"",
        "ATU12345678", "de-AT", "+43 660 1234567", "01 5124567", "true", notes,
        "Kärntner Straße 1", "1010", "Wien", "", "AT",
        "Hauptplatz 3", "8010", "Graz", "Steiermark", "AT"), records.get(1), "every cell survives, line breaks too");
    assertEquals(List.of("#2", "Wei", "陈", "wei@example.cn", "", "", "", "", "", "false", "",
        "", "", "", "", "", "", "", "", "", ""), records.get(2));
    assertTrue(export.body().contains("\r\n\"#2\","), "a record starting with '#' is quoted, so no reader takes it for a comment");
    assertEquals(sophie.getString("notes"), records.get(1).get(10));
    assertEquals(chen.getString("lastName"), records.get(2).get(2));
  }

  @Test
  void ndjsonHasEachCustomersWritableDocumentOnALineAndCreatesTheSameCustomersAgain() {
    PatronClient api = patron.newTenant().client();
    List<JsonObject> created = List.of(
        Customers.create(api, Customers.complete().put("referenceId", "A-1")),
        Customers.create(api, Customers.named("Ana", "Lee").put("notes", "line one\nline two")),
        Customers.create(api, Customers.named("Zoë", "Ångström").put("referenceId", "A-3").put("emailNotifications", true)));

    Response export = api.get(EXPORT + "?format=ndjson").expect(200);
    assertEquals("application/x-ndjson", export.header("Content-Type"));
    assertTrue(export.header("Content-Disposition").matches("attachment; filename=\"customers-\\d{4}-\\d{2}-\\d{2}\\.ndjson\""),
        export.header("Content-Disposition"));
    List<JsonObject> lines = ndjson(export);
    assertEquals(created.stream().map(CustomerExportIT::writable).toList(), lines, "oldest first, no read-only field");

    // The lines are what a write takes: creating them in another tenant gives the same export.
    PatronClient copy = patron.newTenant().client();
    lines.forEach(line -> Customers.create(copy, line));
    assertEquals(export.body(), copy.get(EXPORT + "?format=ndjson").expect(200).body());
  }

  @Test
  void theListsSearchFiltersAndSortApply() {
    PatronClient api = patron.newTenant().client();
    JsonObject anna = Customers.create(api, Customers.named("Anna", "Apfelbaum").put("email", "anna@example.com"));
    JsonObject bert = Customers.create(api, Customers.named("Bert", "Birnbaum").put("email", "bert@example.com"));
    JsonObject cleo = Customers.create(api, Customers.named("Cleo", "Apfel").put("referenceId", "C-3"));
    // Bert changes last: only he and Cleo changed at or after Cleo's creation.
    bert = api.patch(Customers.path(bert.getString("id")), new JsonObject().put("company", "Obsthof")).expect(200).json();

    assertEquals(List.of("Cleo", "Anna"), firstNames(csv(api.get(EXPORT + "?q=apf").expect(200))), "search order");
    assertEquals(List.of("Cleo", "Anna"), ndjson(api.get(EXPORT + "?format=ndjson&q=APF").expect(200)).stream()
        .map(c -> c.getString("firstName")).toList());
    assertEquals(List.of("Bert", "Cleo"), firstNames(csv(api.get(EXPORT + "?updatedSince="
        + URLEncoder.encode(cleo.getString("updatedAt"), StandardCharsets.UTF_8)).expect(200))));
    assertEquals(List.of("Bert"), firstNames(csv(api.get(EXPORT + "?email=BERT@example.com").expect(200))));
    assertEquals(List.of("Cleo"), firstNames(csv(api.get(EXPORT + "?referenceId=C-3").expect(200))));
    assertEquals(List.of("Anna", "Bert", "Cleo"), firstNames(csv(api.get(EXPORT).expect(200))), "oldest first by default");
    assertEquals(List.of("Cleo", "Anna", "Bert"), firstNames(csv(api.get(EXPORT + "?sort=name").expect(200))));
    assertEquals(List.of("Anna", "Cleo", "Bert"), firstNames(csv(api.get(EXPORT + "?sort=updatedAt").expect(200))));
    assertEquals(List.of("Bert", "Cleo", "Anna"), firstNames(csv(api.get(EXPORT + "?sort=-updatedAt").expect(200))));
    assertEquals(List.of(STANDARD), csv(api.get(EXPORT + "?q=nobody").expect(200)), "no match: the header alone");
    assertEquals("", api.get(EXPORT + "?format=ndjson&q=nobody").expect(200).body());
    assertEquals("Obsthof", bert.getString("company"));
    assertEquals("anna@example.com", anna.getString("email"));
  }

  @Test
  void exportsEveryCustomerExactlyOnceAcrossManyPages() throws Exception {
    PatronClient api = patron.newTenant().client();
    int total = 1_130; // three pages of at most 500
    for (int batch = 0; batch < total; batch += 50) {
      int from = batch;
      List<Response> answers = Concurrently.run(Math.min(50, total - from), i -> api.post(Customers.PATH,
          Customers.named("Guest" + (from + i), "Many").put("referenceId", "M-" + (from + i))));
      answers.forEach(answer -> answer.expect(201));
    }

    List<List<String>> records = csv(api.get(EXPORT).expect(200));
    List<String> references = records.subList(1, records.size()).stream().map(r -> r.get(0)).toList();
    assertEquals(total, references.size(), "one row per customer");
    assertEquals(Stream.iterate(0, i -> i + 1).limit(total).map(i -> "M-" + i).collect(Collectors.toSet()),
        new HashSet<>(references), "each customer once");

    List<String> byName = ndjson(api.get(EXPORT + "?format=ndjson&sort=name").expect(200)).stream()
        .map(c -> c.getString("referenceId")).toList();
    assertEquals(total, byName.size());
    assertEquals(total, new HashSet<>(byName).size(), "each customer once, by name too");
    assertEquals(total, ndjson(api.get(EXPORT + "?format=ndjson&q=many").expect(200)).size(), "and by search");
  }

  @Test
  void pluginFieldsOfEnabledPluginsAreExtensionColumns() {
    TestTenant tenant = patron.newTenant();
    patron.enablePlugin(tenant.id(), "recorder", new JsonObject());
    PatronClient api = tenant.client();
    Customers.create(api, Customers.named("Gina", "Gold").put("extensions", new JsonObject()
        .put("recorder", new JsonObject().put("tier", "gold").put("locked", true))));
    Customers.create(api, Customers.named("Nina", "None"));

    List<List<String>> records = csv(api.get(EXPORT).expect(200));
    List<String> header = new ArrayList<>(STANDARD);
    header.addAll(List.of("extensions.recorder.locked", "extensions.recorder.tier"));
    assertEquals(header, records.get(0));
    assertEquals(List.of("true", "gold"), records.get(1).subList(STANDARD.size(), header.size()));
    assertEquals(List.of("", ""), records.get(2).subList(STANDARD.size(), header.size()), "no fields, empty cells");
    assertEquals(List.of(new JsonObject().put("recorder", new JsonObject().put("tier", "gold").put("locked", true)),
            new JsonObject()),
        ndjson(api.get(EXPORT + "?format=ndjson").expect(200)).stream().map(c -> c.getJsonObject("extensions")).toList());

    // A disabled plugin's fields are neither columns nor in the documents.
    patron.admin().put("/api/v1/admin/tenants/" + tenant.id() + "/plugins/recorder", new JsonObject().put("enabled", false))
        .expect(200);
    assertEquals(STANDARD, csv(api.get(EXPORT).expect(200)).get(0));
    assertEquals(new JsonObject(), ndjson(api.get(EXPORT + "?format=ndjson").expect(200)).get(0).getJsonObject("extensions"));
  }

  @Test
  void anotherTenantsCustomersAndPluginFieldsNeverAppear() {
    TestTenant mine = patron.newTenant();
    TestTenant theirs = patron.newTenant();
    patron.enablePlugin(mine.id(), "recorder", new JsonObject());
    patron.enablePlugin(theirs.id(), "recorder", new JsonObject());
    Customers.create(mine.client(), Customers.named("Mine", "Only").put("referenceId", "SAME"));
    Customers.create(theirs.client(), Customers.named("Theirs", "Secret").put("referenceId", "SAME")
        .put("extensions", new JsonObject().put("recorder", new JsonObject().put("tier", "silver"))));

    List<List<String>> records = csv(mine.client().get(EXPORT).expect(200));
    assertEquals(STANDARD, records.get(0), "the other tenant's plugin fields are no columns here");
    assertEquals(List.of("Mine"), firstNames(records));
    assertEquals(List.of("Mine"), ndjson(mine.client().get(EXPORT + "?format=ndjson&referenceId=SAME").expect(200))
        .stream().map(c -> c.getString("firstName")).toList());
    assertEquals(List.of("Theirs"), firstNames(csv(theirs.client().get(EXPORT).expect(200))));
  }

  @Test
  void anUnknownFormatOrAListOnlyParameterIsA400NamingIt() {
    PatronClient api = patron.newTenant().client();
    Response xml = api.get(EXPORT + "?format=xml").expect(400);
    assertEquals("application/problem+json", xml.header("Content-Type"));
    assertEquals(List.of("format: must be csv or ndjson, not 'xml'"), xml.fieldErrors());
    assertEquals(List.of("format: must be csv or ndjson, not 'CSV'", "updatedSince: must be an RFC 3339 timestamp such as"
        + " 2026-01-31T18:30:00Z"), api.get(EXPORT + "?format=CSV&updatedSince=yesterday").expect(400).fieldErrors());
    assertEquals(List.of("sort: cannot be combined with q: search results come in order of the matched value"),
        api.get(EXPORT + "?q=ann&sort=name").expect(400).fieldErrors());
    String allowed = "allowed: email, format, q, referenceId, sort, updatedSince";
    assertEquals(List.of("limit: unknown query parameter; " + allowed), api.get(EXPORT + "?limit=10").expect(400).fieldErrors());
    assertEquals(List.of("cursor: unknown query parameter; " + allowed), api.get(EXPORT + "?cursor=abc").expect(400).fieldErrors());
    assertEquals(401, api.withToken("not-a-key").get(EXPORT).status());
  }

  @Test
  void theHeadComesAtOnceAndAClientThatHangsUpStopsTheExport() throws Exception {
    TestTenant tenant = patron.newTenant();
    for (int batch = 0; batch < 600; batch += 50) {
      int from = batch;
      Concurrently.run(50, i -> tenant.client().post(Customers.PATH, Customers.named("Early" + (from + i), "Leaver")))
          .forEach(answer -> answer.expect(201));
    }
    for (int attempt = 0; attempt < 5; attempt++) {
      try (Socket socket = new Socket(tenant.client().base().getHost(), tenant.client().base().getPort())) {
        socket.setSoTimeout(10_000);
        socket.getOutputStream().write(("GET " + EXPORT + "?format=ndjson HTTP/1.1\r\nHost: localhost\r\n"
            + "Authorization: Bearer " + tenant.apiKey() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        String head = head(socket.getInputStream());
        assertTrue(head.startsWith("HTTP/1.1 200"), head);
        assertTrue(head.toLowerCase().contains("transfer-encoding: chunked"), head);
      } // hangs up after the head, mid-export
    }
    // The server is fine, and a whole export still works.
    assertEquals(600, ndjson(tenant.client().get(EXPORT + "?format=ndjson").expect(200)).size());
  }

  /** Reads up to the end of the response head. */
  private static String head(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (true) {
      int b = in.read();
      if (b < 0) {
        break;
      }
      head.write(b);
      byte[] bytes = head.toByteArray();
      int n = bytes.length;
      if (n >= 4 && bytes[n - 4] == '\r' && bytes[n - 3] == '\n' && bytes[n - 2] == '\r' && bytes[n - 1] == '\n') {
        break;
      }
    }
    return head.toString(StandardCharsets.US_ASCII);
  }

  /** The CSV's records, header first, read as RFC 4180 (the BOM skipped). */
  private static List<List<String>> csv(Response export) {
    assertEquals("text/csv; charset=utf-8", export.header("Content-Type"));
    assertArrayEquals(BOM, Arrays.copyOf(export.bytes(), 3));
    List<List<String>> records = new ArrayList<>();
    String text = new String(export.bytes(), 3, export.bytes().length - 3, StandardCharsets.UTF_8);
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(text)) {
      reader.forEach(record -> records.add(record.getFields()));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return records;
  }

  private static List<String> firstNames(List<List<String>> records) {
    return records.subList(1, records.size()).stream().map(r -> r.get(STANDARD.indexOf("firstName"))).toList();
  }

  private static List<JsonObject> ndjson(Response export) {
    assertEquals("application/x-ndjson", export.header("Content-Type"));
    String body = export.body();
    assertTrue(body.isEmpty() || body.endsWith("\n"), "each line ends in a line feed");
    return body.lines().map(JsonObject::new).toList();
  }

  /** A customer's representation without its read-only fields: the document a write takes. */
  private static JsonObject writable(JsonObject customer) {
    JsonObject copy = customer.copy();
    READ_ONLY.forEach(copy::remove);
    return copy;
  }
}
