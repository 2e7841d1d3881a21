package dev.patron.core.customer.file;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CustomerImportTablesTest {

  @Test
  void theMigrationHoldsTheKitsJobTablesAsTheKitWritesThem() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/dev/patron/core/db/migration/V5__customer_imports.sql")) {
      String migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(migration.contains(CustomerImports.TABLES.ddl()),
          "V5__customer_imports.sql must contain JobTables(\"patron\", \"customer_import_\").ddl() word for word");
    }
  }
}
