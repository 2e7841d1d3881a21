package dev.patron.kit.jobs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoredFileInputTest {

  @Test
  void readsTheChunksInOrderAsOneStream() throws IOException {
    List<String> chunks = List.of("{\"a\":1}\n{\"b\"", ":2}\n", "", "{\"c\":3}\n");
    List<Integer> fetched = new ArrayList<>();
    StoredFileInput in = new StoredFileInput(chunks.size(), index -> {
      fetched.add(index);
      return Future.succeededFuture(Buffer.buffer(chunks.get(index)));
    });
    assertArrayEquals(String.join("", chunks).getBytes(StandardCharsets.UTF_8), in.readAllBytes());
    assertEquals(List.of(0, 1, 2, 3), fetched, "each chunk fetched once");
    assertEquals(-1, in.read());
  }

  @Test
  void anEmptyFileEndsAtOnce() throws IOException {
    assertEquals(-1, new StoredFileInput(0, index -> Future.failedFuture("no chunks")).read());
  }

  @Test
  void aChunkThatCannotBeFetchedFailsTheRead() {
    StoredFileInput in = new StoredFileInput(1, index -> Future.failedFuture(new IllegalStateException("gone")));
    assertThrows(IOException.class, in::read);
  }
}
