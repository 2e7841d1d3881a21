package dev.patron.plugins.sales.imports;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ImportTablesTest {

  @Test
  void theMigrationHoldsTheKitsJobTablesAsTheKitWritesThem() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/db/migration/V2__imports.sql")) {
      String migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(migration.contains(SalesImports.TABLES.ddl()),
          "V2__imports.sql must contain JobTables(\"sales\", \"import_\").ddl() word for word");
    }
  }
}
