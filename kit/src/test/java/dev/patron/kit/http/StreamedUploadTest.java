package dev.patron.kit.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StreamedUploadTest {

  private final Vertx vertx = Vertx.vertx();

  @AfterEach
  void close() {
    vertx.close().await();
  }

  @Test
  void uploadsACrashLeftBehindAreDeletedOnceIdleButOnesInProgressStay() throws Exception {
    Path abandoned = Files.createTempFile("patron-upload-", ".part");
    Files.setLastModifiedTime(abandoned, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
    Path inProgress = Files.createTempFile("patron-upload-", ".part");
    Path someoneElses = Files.createTempFile("other-", ".part");
    Files.setLastModifiedTime(someoneElses, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
    try {
      int deleted = StreamedUpload.deleteAbandoned(vertx, Duration.ofHours(1)).await();

      assertTrue(deleted >= 1, "deleted " + deleted);
      assertFalse(Files.exists(abandoned));
      assertTrue(Files.exists(inProgress), "written to a moment ago");
      assertTrue(Files.exists(someoneElses), "not an upload's");
      assertEquals(0, (int) StreamedUpload.deleteAbandoned(vertx, Duration.ofHours(1)).await(), "nothing left to delete");
    } finally {
      Files.deleteIfExists(inProgress);
      Files.deleteIfExists(someoneElses);
    }
  }
}
