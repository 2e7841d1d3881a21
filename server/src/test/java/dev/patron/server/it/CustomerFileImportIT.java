package dev.patron.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.testkit.Await;
import dev.patron.testkit.PatronClient;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.Response;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Customer files imported as jobs, through real HTTP, with files made in the test. */
class CustomerFileImportIT {

  static final String IMPORTS = "/api/v1/customers/imports";
  static final String CSV = "text/csv";
  static final Set<String> FINISHED = Set.of("SUCCEEDED", "FAILED", "CANCELLED");

  @RegisterExtension
  static PatronExtension patron = PatronExtension.builder()
      .setting("PATRON_IMPORT_MAX_FILE_MB", "1")
      .setting("PATRON_IMPORT_MAX_JOBS", "1")
      .setting("PATRON_IMPORT_BATCH_ROWS", "50")
      .build();

  @Test
  void aCommaSeparatedUtf8FileWithQuotedLineBreaksCreatesItsCustomers() {
    PatronClient api = patron.newTenant().client();
    String file = "referenceId,firstName,lastName,email,notes,primaryAddress.city,primaryAddress.country,emailNotifications\r\n"
        + "K-1,Anna,Berger,anna@example.at,\"Allergic to nuts,\nprefers the terrace\",Wien,AT,yes\r\n"
        + "K-2,Ben,\"Ober, Jr.\",,,Graz,AT,\r\n";

    JsonObject job = imported(api, CSV, file, "");

    assertEquals("SUCCEEDED", job.getString("state"), job.encode());
    assertEquals(new JsonObject().put("total", 2).put("read", 2).put("created", 2).put("updated", 0)
        .put("unchanged", 0).put("rejected", 0), job.getJsonObject("rows"));
    JsonObject anna = byReference(api, "K-1");
    assertEquals("Allergic to nuts,\nprefers the terrace", anna.getString("notes"));
    assertEquals("Wien", anna.getJsonObject("primaryAddress").getString("city"));
    assertEquals(true, anna.getBoolean("emailNotifications"));
    JsonObject ben = byReference(api, "K-2");
    assertEquals("Ober, Jr.", ben.getString("lastName"));
    assertNull(ben.getValue("email"));
    assertEquals(false, ben.getBoolean("emailNotifications"), "a blank consent is no consent");
    assertEquals(2, api.get("/api/v1/events?type=customer.created").expect(200).items().size(), "an event each");
    assertEquals(1, api.get("/api/v1/customers?q=berger").expect(200).items().size(), "found by search");
  }

  @Test
  void germanHeadersWithSemicolonsAndABomAreRecognised() {
    PatronClient api = patron.newTenant().client();
    String file = "\uFEFFKundennummer;Vorname;Nachname;E-Mail;Firma;Straße;PLZ;Ort;Land;Telefon;Notizen\r\n"
        + "D-1;Jürgen;Großmann;j.grossmann@example.de;Großmann & Söhne;Hauptstraße 5;80331;München;DE;089 123456;Fensterplatz\r\n";

    JsonObject job = imported(api, CSV, file, "");

    assertEquals(1, job.getJsonObject("rows").getInteger("created"), job.encode());
    assertEquals(";", job.getJsonObject("csv").getString("separator"), "detected");
    JsonObject customer = byReference(api, "D-1");
    assertEquals("Jürgen", customer.getString("firstName"));
    assertEquals("Großmann & Söhne", customer.getString("company"));
    assertEquals(new JsonObject().put("street", "Hauptstraße 5").put("postalCode", "80331").put("city", "München")
        .put("state", null).put("country", "DE"), customer.getJsonObject("primaryAddress"));
    assertEquals("+4989123456", customer.getString("primaryPhoneE164"), "normalised in the address's country");
  }

  @Test
  void frenchHeadersInWindows1252AreReadWhenTheImportSaysSo() {
    PatronClient api = patron.newTenant().client();
    String file = "Prénom;Nom;Courriel;Ville;Pays;Remarques\r\nHélène;Lefèvre;helene@example.fr;Besançon;FR;Végétarienne\r\n";
    byte[] windows1252 = file.getBytes(Charset.forName("windows-1252"));

    Response refused = api.sendBytes("POST", IMPORTS, windows1252, Map.of("Content-Type", CSV));
    assertEquals("https://patron.dev/problems/import-wrong-charset", refused.expect(422).json().getString("type"),
        "not read as UTF-8 with replacement characters");

    String id = api.sendBytes("POST", IMPORTS + "?charset=windows-1252", windows1252, Map.of("Content-Type", CSV))
        .expect(202).json().getString("id");
    assertEquals(1, finished(api, id).getJsonObject("rows").getInteger("created"));
    JsonObject helene = api.get("/api/v1/customers?email=helene@example.fr").expect(200).items().get(0);
    assertEquals("Hélène", helene.getString("firstName"));
    assertEquals("Besançon", helene.getJsonObject("primaryAddress").getString("city"));
    assertEquals("Végétarienne", helene.getString("notes"));
  }

  @Test
  void anUnknownColumnRefusesTheFileUnlessTheMappingIgnoresOrNamesIt() {
    PatronClient api = patron.newTenant().client();
    String file = "Kunde Nr,First name,Last name,Intern\r\nX-1,Carla,Dorn,secret\r\n";

    Response refused = api.send("POST", IMPORTS, file, Map.of("Content-Type", CSV));
    assertEquals("https://patron.dev/problems/import-bad-header", refused.expect(422).json().getString("type"));
    assertEquals(2, refused.fieldErrors().size(), refused.body());
    assertTrue(refused.fieldErrors().get(0).contains("'Kunde Nr'"), refused.body());

    String mapping = URLEncoder.encode(new JsonObject().put("Kunde Nr", "referenceId").putNull("Intern").encode(),
        StandardCharsets.UTF_8);
    JsonObject job = imported(api, CSV, file, "?mapping=" + mapping);
    assertEquals(1, job.getJsonObject("rows").getInteger("created"), job.encode());
    assertEquals("Carla", byReference(api, "X-1").getString("firstName"));
    assertEquals(new JsonArray().add("referenceId").add("firstName").add("lastName").addNull(),
        job.getJsonObject("csv").getJsonArray("columns"));
  }

  @Test
  void rowsMatchByReferenceIdUpdatingTheirCustomersAndSkippingThoseUnchanged() {
    PatronClient api = patron.newTenant().client();
    Customers.create(api, Customers.named("Anna", "Berger").put("referenceId", "R-1").put("company", "Old GmbH"));
    Customers.create(api, Customers.named("Ben", "Ober").put("referenceId", "R-2"));
    String file = "referenceId,firstName,lastName,company\r\nR-1,Anna,Berger,New GmbH\r\nR-2,Ben,Ober,\r\n"
        + "R-3,Cleo,Nau,\r\nR-3,Cleo,Nau,Later Ltd\r\n";

    JsonObject job = imported(api, CSV, file, "");

    assertEquals(new JsonObject().put("total", 4).put("read", 4).put("created", 1).put("updated", 2)
        .put("unchanged", 1).put("rejected", 0), job.getJsonObject("rows"), job.encode());
    assertEquals("New GmbH", byReference(api, "R-1").getString("company"));
    assertEquals("Later Ltd", byReference(api, "R-3").getString("company"), "the later row updates the earlier one's");
    assertEquals(3, api.get("/api/v1/customers").expect(200).items().size());
    assertEquals(2, api.get("/api/v1/events?type=customer.updated").expect(200).items().size());
  }

  @Test
  void rowsMatchByEmailWithoutCase() {
    PatronClient api = patron.newTenant().client();
    String id = Customers.create(api, Customers.named("Anna", "Berger").put("email", "Anna@Example.at")).getString("id");

    JsonObject job = imported(api, CSV, "email,firstName,lastName,company\r\nanna@example.AT,Anna,Berger,Kaffee KG\r\n",
        "?match=email");

    assertEquals(1, job.getJsonObject("rows").getInteger("updated"), job.encode());
    assertEquals("Kaffee KG", api.get(Customers.path(id)).expect(200).json().getString("company"));
  }

  @Test
  void createOnlyReportsDuplicatesOfCustomersAndOfEarlierRows() {
    PatronClient api = patron.newTenant().client();
    Customers.create(api, Customers.named("Anna", "Berger").put("referenceId", "R-1"));
    String file = "referenceId,firstName,lastName,email\r\nR-1,Anna,Berger,\r\nR-2,Ben,Ober,ben@example.at\r\n"
        + "R-3,Ben,Ober,BEN@example.at\r\n";

    JsonObject job = imported(api, CSV, file, "?match=none");

    assertEquals(1, job.getJsonObject("rows").getInteger("created"), job.encode());
    assertEquals(2, job.getJsonObject("rows").getInteger("rejected"));
    String rejected = api.get(IMPORTS + "/" + job.getString("id") + "/rejections").expect(200).body();
    assertTrue(rejected.contains("referenceId: customer "), rejected);
    assertTrue(rejected.contains("email: is in the file before, in row 2"), rejected);
  }

  @Test
  void rejectedRowsComeBackAsAFileThatImportsOnceCorrected() {
    PatronClient api = patron.newTenant().client();
    String file = "firstName,lastName,email\r\nAnna,Berger,anna@example.at\r\nBen,,ben@example.at\r\nCleo,Nau,not-an-email\r\n";

    JsonObject job = imported(api, CSV, file, "");

    assertEquals(1, job.getJsonObject("rows").getInteger("created"), job.encode());
    assertEquals(2, job.getJsonObject("rows").getInteger("rejected"));
    Response download = api.get(IMPORTS + "/" + job.getString("id") + "/rejections").expect(200);
    assertTrue(download.header("Content-Type").startsWith("text/csv"), download.header("Content-Type"));
    List<String> lines = download.body().lines().toList();
    assertEquals("firstName,lastName,email,rejectedRow,errors", lines.get(0));
    assertTrue(lines.get(1).startsWith("Ben,,ben@example.at,2,lastName: "), lines.get(1));
    assertTrue(lines.get(2).startsWith("Cleo,Nau,not-an-email,3,email: "), lines.get(2));

    String corrected = download.body().replace("Ben,,", "Ben,Ober,").replace("not-an-email", "cleo@example.at");
    JsonObject again = imported(api, CSV, corrected, "");
    assertEquals(2, again.getJsonObject("rows").getInteger("created"), again.encode());
    assertEquals(3, api.get("/api/v1/customers").expect(200).items().size());
  }

  @Test
  void aDryRunReportsWhatWouldHappenAndWritesNothing() {
    PatronClient api = patron.newTenant().client();
    Customers.create(api, Customers.named("Anna", "Berger").put("referenceId", "R-1"));
    String file = "referenceId,firstName,lastName\r\nR-1,Anna,Bergmann\r\nR-2,Ben,Ober\r\nR-3,Cleo,\r\n";

    JsonObject job = imported(api, CSV, file, "?dryRun=true");

    assertEquals(true, job.getBoolean("dryRun"));
    assertEquals(new JsonObject().put("total", 3).put("read", 3).put("created", 1).put("updated", 1)
        .put("unchanged", 0).put("rejected", 1), job.getJsonObject("rows"), job.encode());
    assertTrue(api.get(IMPORTS + "/" + job.getString("id") + "/rejections").expect(200).body().contains("lastName: "));
    assertEquals("Berger", byReference(api, "R-1").getString("lastName"), "nothing was written");
    assertEquals(1, api.get("/api/v1/customers").expect(200).items().size());
    assertEquals(1, api.get("/api/v1/events").expect(200).items().size(), "only the create before");
  }

  @Test
  void ndjsonRowsAreCustomerDocuments() {
    PatronClient api = patron.newTenant().client();
    String file = Customers.complete().put("referenceId", "N-1").encode() + "\n\n"
        + "{\"firstName\": \"Ben\"}\n" + "not json\n";

    JsonObject job = imported(api, "application/x-ndjson", file, "");

    assertEquals(1, job.getJsonObject("rows").getInteger("created"), job.encode());
    assertEquals(2, job.getJsonObject("rows").getInteger("rejected"));
    JsonObject stored = byReference(api, "N-1");
    assertEquals("Müller Catering GmbH", stored.getString("company"));
    String rejected = api.get(IMPORTS + "/" + job.getString("id") + "/rejections").expect(200).body();
    List<JsonObject> rows = rejected.lines().map(JsonObject::new).toList();
    assertEquals(List.of(3L, 4L), rows.stream().map(row -> row.getLong("row")).toList(), "line numbers, blank skipped");
  }

  @Test
  void aRunningImportCanBeCancelledKeepingWhatItImported() {
    PatronClient api = patron.newTenant().client();
    String file = "firstName,lastName\r\n" + IntStream.range(0, 3000).mapToObj(i -> "Guest" + i + ",Many\r\n")
        .collect(Collectors.joining());
    String id = api.send("POST", IMPORTS, file, Map.of("Content-Type", CSV)).expect(202).json().getString("id");
    Await.until(Duration.ofSeconds(20), () -> job(api, id), job -> job.getJsonObject("rows").getInteger("read") > 0);

    Response limited = api.send("POST", IMPORTS, "firstName,lastName\r\nA,B\r\n", Map.of("Content-Type", CSV));
    assertEquals("https://patron.dev/problems/import-limit-reached", limited.expect(409).json().getString("type"),
        "one import at a time for this restaurant here");

    api.post(IMPORTS + "/" + id + "/cancel", null).expect(200);
    JsonObject cancelled = finished(api, id);
    assertEquals("CANCELLED", cancelled.getString("state"), cancelled.encode());
    long read = cancelled.getJsonObject("rows").getLong("read");
    assertTrue(read < 3000, "stopped before the end: " + read);
    assertEquals(read, cancelled.getJsonObject("rows").getLong("created"));
    assertEquals(read, countAll(api, "/api/v1/customers"), "what committed stays");
    assertEquals(read, countAll(api, "/api/v1/events?type=customer.created"), "each with its event");
    api.post(IMPORTS + "/" + id + "/cancel", null).expect(200);
  }

  @Test
  void aFileOverTheLimitIsRefusedWhileItStreams() {
    PatronClient api = patron.newTenant().client();
    String big = "firstName,lastName,notes\r\n" + ("A,B," + "x".repeat(1000) + "\r\n").repeat(1100);

    Response refused = api.send("POST", IMPORTS, big, Map.of("Content-Type", CSV));

    assertEquals(413, refused.status(), refused.body());
    assertEquals(List.of(), api.get(IMPORTS).expect(200).items(), "no job");
  }

  @Test
  void otherRestaurantsImportsAreNotFound() {
    PatronClient mine = patron.newTenant().client();
    PatronClient theirs = patron.newTenant().client();
    String id = imported(mine, CSV, "firstName,lastName\r\nA,B\r\n", "").getString("id");

    theirs.get(IMPORTS + "/" + id).expect(404);
    theirs.get(IMPORTS + "/" + id + "/rejections").expect(404);
    theirs.post(IMPORTS + "/" + id + "/cancel", null).expect(404);
    assertEquals(List.of(), theirs.get(IMPORTS).expect(200).items());
    assertEquals(List.of(), theirs.get("/api/v1/customers").expect(200).items());
  }

  @Test
  void theTemplateListsTheColumnsInTheLanguageAsked() {
    PatronClient api = patron.newTenant().client();
    String german = api.get(IMPORTS + "/template?language=de").expect(200).body();
    assertTrue(german.startsWith("\uFEFFKundennummer;Vorname;Nachname;E-Mail;"), german);
    String english = api.get(IMPORTS + "/template").expect(200).body();
    assertTrue(english.startsWith("\uFEFFReference,First name,Last name,Email,"), english);
    api.get(IMPORTS + "/template?language=it").expect(400);

    JsonObject job = imported(api, CSV, german + "T-1;Eva;Kern;;;;;;;;;;;;;;;;;;;\r\n", "");
    assertEquals(1, job.getJsonObject("rows").getInteger("created"), "the template imports as it is: " + job.encode());
  }

  @Test
  void badOptionsAreA400NamingEach() {
    PatronClient api = patron.newTenant().client();
    Response bad = api.send("POST", IMPORTS + "?match=phone&dryRun=maybe&charset=latin9&separator=tab&mapping=x",
        "firstName,lastName\r\nA,B\r\n", Map.of("Content-Type", CSV));
    assertEquals(400, bad.status(), bad.body());
    assertEquals(5, bad.fieldErrors().size(), bad.body());
    api.send("POST", IMPORTS, "firstName,lastName\r\nA,B\r\n", Map.of("Content-Type", "application/pdf")).expect(415);
    assertEquals("https://patron.dev/problems/import-empty",
        api.send("POST", IMPORTS, "firstName,lastName\r\n", Map.of("Content-Type", CSV)).expect(422).json().getString("type"));
  }

  @Test
  void anExportImportsBackAsTheSameCustomers() {
    PatronClient from = patron.newTenant().client();
    Customers.create(from, Customers.complete().put("referenceId", "RT-1").put("notes", "Line one,\n\"quoted\"; two"));
    Customers.create(from, Customers.named("Ærø", "Ünal").put("referenceId", "RT-2").put("email", "aero@example.dk")
        .put("emailNotifications", false).put("secondaryAddress", new JsonObject().put("city", "Odense")));
    Customers.create(from, Customers.named("Zoë", "Brontë"));
    for (String format : List.of("csv", "ndjson")) {
      PatronClient to = patron.newTenant().client();
      Response export = from.get("/api/v1/customers/export?format=" + format).expect(200);
      String contentType = format.equals("csv") ? CSV : "application/x-ndjson";

      JsonObject job = imported(to, contentType, export.body(), "?match=none");

      assertEquals(3, job.getJsonObject("rows").getInteger("created"), format + ": " + job.encode());
      assertEquals(writable(from), writable(to), format + ": the same customers");
    }
  }

  /** The tenant's customers as their writable fields, by name: what an export carries. */
  private static Map<String, JsonObject> writable(PatronClient api) {
    return api.get("/api/v1/customers?limit=100").expect(200).items().stream().collect(Collectors.toMap(
        customer -> customer.getString("firstName") + " " + customer.getString("lastName"), customer -> {
          JsonObject fields = customer.copy();
          for (String readOnly : List.of("id", "version", "createdAt", "updatedAt")) {
            fields.remove(readOnly);
          }
          return fields;
        }));
  }

  static JsonObject imported(PatronClient api, String contentType, String file, String query) {
    Response queued = api.send("POST", IMPORTS + query, file, Map.of("Content-Type", contentType));
    assertEquals(202, queued.status(), queued.body());
    assertTrue(queued.header("Location").endsWith(queued.json().getString("id")));
    return finished(api, queued.json().getString("id"));
  }

  static JsonObject job(PatronClient api, String id) {
    return api.get(IMPORTS + "/" + id).expect(200).json();
  }

  static JsonObject finished(PatronClient api, String id) {
    return Await.until(Duration.ofSeconds(60), () -> job(api, id), job -> FINISHED.contains(job.getString("state")));
  }

  /** Every item of a paged list, following its cursors (the event feed's is {@code after}, and never ends). */
  static long countAll(PatronClient api, String path) {
    boolean feed = path.startsWith("/api/v1/events");
    long count = 0;
    String cursor = null;
    while (true) {
      String separator = path.contains("?") ? "&" : "?";
      JsonObject page = api.get(path + separator + "limit=500"
          + (cursor == null ? "" : (feed ? "&after=" : "&cursor=") + cursor)).expect(200).json();
      int size = page.getJsonArray("items").size();
      count += size;
      cursor = page.getString("nextCursor");
      if (cursor == null || (feed && size == 0)) {
        return count;
      }
    }
  }

  private static JsonObject byReference(PatronClient api, String referenceId) {
    List<JsonObject> found = api.get("/api/v1/customers?referenceId=" + referenceId).expect(200).items();
    assertEquals(1, found.size(), referenceId);
    return found.get(0);
  }
}
