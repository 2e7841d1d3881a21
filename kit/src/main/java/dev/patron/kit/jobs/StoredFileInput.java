package dev.patron.kit.jobs;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

/**
 * A job's stored file as a stream, one chunk in memory at a time (and the next one on its way).
 * For the user's parser on a worker thread: a read blocks while a chunk is fetched, which the
 * event loop does; never read it on an event loop.
 */
final class StoredFileInput extends InputStream {

  private static final long FETCH_TIMEOUT_SECONDS = 60;

  private final int chunks;
  private final IntFunction<Future<Buffer>> fetch;
  private CompletableFuture<Buffer> next;
  private int nextIndex;
  private byte[] current = new byte[0];
  private int position;

  /** @param fetch reads chunk {@code i} (0 ≤ i < {@code chunks}) */
  StoredFileInput(int chunks, IntFunction<Future<Buffer>> fetch) {
    this.chunks = chunks;
    this.fetch = fetch;
    this.next = request(0);
  }

  @Override
  public int read() throws IOException {
    if (!fill()) {
      return -1;
    }
    return current[position++] & 0xff;
  }

  @Override
  public int read(byte[] target, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (!fill()) {
      return -1;
    }
    int count = Math.min(length, current.length - position);
    System.arraycopy(current, position, target, offset, count);
    position += count;
    return count;
  }

  /** Whether a byte is left, fetching the next chunk when the current one is used up. */
  private boolean fill() throws IOException {
    while (position == current.length) {
      if (next == null) {
        return false;
      }
      current = await(next).getBytes();
      position = 0;
      next = request(nextIndex);
    }
    return true;
  }

  private CompletableFuture<Buffer> request(int index) {
    if (index >= chunks) {
      return null;
    }
    nextIndex = index + 1;
    return fetch.apply(index).toCompletionStage().toCompletableFuture();
  }

  private static Buffer await(CompletableFuture<Buffer> chunk) throws IOException {
    try {
      return chunk.get(FETCH_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while fetching a chunk of the file");
    } catch (ExecutionException e) {
      throw new IOException("could not fetch a chunk of the file: " + e.getCause(), e.getCause());
    } catch (TimeoutException e) {
      throw new IOException("a chunk of the file did not arrive within " + FETCH_TIMEOUT_SECONDS + " s", e);
    }
  }
}
