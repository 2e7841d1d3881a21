package dev.patron.server.it;

import java.nio.file.Path;
import java.util.UUID;

/** Fresh folders for servers a test starts by hand, under the build's test data folder. */
final class WorkDirs {

  private WorkDirs() {
  }

  static Path fresh(String name) {
    return Path.of(System.getProperty("patron.test.workdir", "target/it-data"), name + "-" + UUID.randomUUID());
  }
}
