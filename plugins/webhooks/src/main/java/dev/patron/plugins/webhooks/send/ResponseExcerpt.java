package dev.patron.plugins.webhooks.send;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.WriteStream;

/**
 * Takes a receiver's response body: keeps its first bytes for the delivery log and refuses to read
 * past the size cap (the write fails, which ends the response), so a receiver cannot make the
 * sender buffer or read without end.
 */
final class ResponseExcerpt implements WriteStream<Buffer> {

  /** The response went past the cap. */
  static final class TooLarge extends RuntimeException {
    TooLarge(int cap) {
      super("the response was larger than " + cap + " bytes", null, false, false);
    }
  }

  private final int keep;
  private final int cap;
  private final Buffer kept = Buffer.buffer();
  private long total;

  ResponseExcerpt(int keep, int cap) {
    this.keep = keep;
    this.cap = cap;
  }

  @Override
  public Future<Void> write(Buffer data) {
    total += data.length();
    if (kept.length() < keep) {
      kept.appendBuffer(data, 0, Math.min(data.length(), keep - kept.length()));
    }
    return total > cap ? Future.failedFuture(new TooLarge(cap)) : Future.succeededFuture();
  }

  /** The kept bytes as text (a cut multi-byte character becomes a replacement character). */
  String text() {
    return kept.length() == 0 ? null : kept.toString(java.nio.charset.StandardCharsets.UTF_8).replace('\u0000', ' ');
  }

  @Override
  public Future<Void> end() {
    return Future.succeededFuture();
  }

  @Override
  public WriteStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
    return this;
  }

  @Override
  public WriteStream<Buffer> setWriteQueueMaxSize(int maxSize) {
    return this;
  }

  @Override
  public boolean writeQueueFull() {
    return false;
  }

  @Override
  public WriteStream<Buffer> drainHandler(Handler<Void> handler) {
    return this;
  }
}
