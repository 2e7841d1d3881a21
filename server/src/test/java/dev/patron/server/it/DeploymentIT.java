package dev.patron.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.testkit.PatronClient;
import dev.patron.testkit.PatronProcess;
import io.vertx.core.json.JsonObject;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** How hosts run Patron: against their own PostgreSQL, or with a generated admin token. */
class DeploymentIT {

  @Test
  void runsOnAnExternalPostgresWithoutStartingItsOwn() throws Exception {
    Path work = WorkDirs.fresh("external");
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(work.resolve("external-pg"))
        .setCleanDataDirectory(true).start()) {
      String url = "postgresql://postgres:unused@localhost:" + postgres.getPort() + "/postgres";
      try (PatronProcess server = PatronProcess.start(PatronProcess.serverJarFromProperty(), work,
          Files.createDirectories(work.resolve("plugins")), Map.of("PATRON_DATABASE_URL", url))) {
        String tenant = server.admin().post("/api/v1/admin/tenants", new JsonObject().put("name", "Ext")
            .put("currency", "USD").put("language", "en-US").put("timeZone", "America/New_York")).expect(201)
            .json().getString("id");
        assertTrue(tenant.length() > 0);
        assertFalse(Files.exists(work.resolve("data").resolve("postgres")), "no embedded database was started");
      }
      try (var connection = postgres.getPostgresDatabase().getConnection();
           var rows = connection.createStatement().executeQuery("SELECT count(*) FROM patron.tenants")) {
        rows.next();
        assertEquals(1, rows.getInt(1), "the data went to the external server");
      }
    }
  }

  @Test
  void generatesAnAdminTokenOnceAndKeepsOnlyItsHash() throws Exception {
    Path work = WorkDirs.fresh("token");
    Path plugins = Files.createDirectories(work.resolve("plugins"));
    try (PatronProcess server = PatronProcess.start(PatronProcess.serverJarFromProperty(), work, plugins,
        Map.of("PATRON_ADMIN_TOKEN", ""))) {
      Matcher printed = Pattern.compile("export PATRON_ADMIN=(pta_[A-Za-z0-9_-]{43})").matcher(Files.readString(server.logFile()));
      assertTrue(printed.find(), "the token is printed with how to use it");
      String token = printed.group(1);
      PatronClient admin = new PatronClient(server.baseUri(), token);
      admin.get("/api/v1/admin/tenants").expect(200);

      String stored = Files.readString(work.resolve("data").resolve("admin-token.sha256"));
      assertFalse(stored.contains(token), "only the hash is kept");

      server.restart();
      admin.get("/api/v1/admin/tenants").expect(200);
      assertEquals(1, Pattern.compile("export PATRON_ADMIN=").matcher(Files.readString(server.logFile())).results().count(),
          "printed once, not at every start");
    }
  }
}
