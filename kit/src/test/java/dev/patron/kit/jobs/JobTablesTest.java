package dev.patron.kit.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JobTablesTest {

  @Test
  void namesTheTablesInTheUsersSchemaUnderItsPrefix() {
    JobTables tables = new JobTables("sales", "import_");
    assertEquals("sales.import_jobs", tables.jobs());
    assertEquals("sales.import_job_chunks", tables.chunks());
    assertEquals("sales.import_job_rejections", tables.rejections());
  }

  @Test
  void theDdlIsUnqualifiedWithThePrefixFilledIn() {
    String ddl = new JobTables("sales", "import_").ddl();
    assertTrue(ddl.contains("CREATE TABLE import_jobs ("));
    assertTrue(ddl.contains("CREATE TABLE import_job_chunks ("));
    assertTrue(ddl.contains("REFERENCES import_jobs (tenant_id, id)"));
    assertFalse(ddl.contains("{prefix}"));
    assertFalse(ddl.contains("sales."), "Flyway runs it in the user's schema");
  }

  @Test
  void refusesNamesThatAreNotPlainIdentifiers() {
    assertThrows(IllegalArgumentException.class, () -> new JobTables("sales; DROP", "import_"));
    assertThrows(IllegalArgumentException.class, () -> new JobTables("sales", "Import"));
    assertThrows(IllegalArgumentException.class, () -> new JobTables("", "x_"));
    assertEquals("patron.jobs", new JobTables("patron", "").jobs());
  }
}
