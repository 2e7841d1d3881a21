package dev.patron.server.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Standard output, written in blocks instead of a system call per line, as nginx's
 * {@code access_log buffer= flush=} does: the access log's line per request cost a tenth of the
 * server's throughput with one event loop. Lines reach the output when the buffer fills, at the
 * latest {@code flushMillis} later, at once for warnings and errors, and on shutdown; a process
 * killed outright loses at most that last moment of lines.
 */
public final class BufferedConsoleAppender extends OutputStreamAppender<ILoggingEvent> {

  private int bufferBytes = 64 * 1024;
  private long flushMillis = 200;
  private ScheduledExecutorService flusher;

  public void setBufferBytes(int bufferBytes) {
    this.bufferBytes = bufferBytes;
  }

  public void setFlushMillis(long flushMillis) {
    this.flushMillis = flushMillis;
  }

  @Override
  public void start() {
    setOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), bufferBytes));
    setImmediateFlush(false);
    super.start();
    flusher = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "log-flusher");
      thread.setDaemon(true);
      return thread;
    });
    flusher.scheduleWithFixedDelay(this::flush, flushMillis, flushMillis, TimeUnit.MILLISECONDS);
  }

  @Override
  protected void subAppend(ILoggingEvent event) {
    super.subAppend(event);
    if (event.getLevel().isGreaterOrEqual(Level.WARN)) {
      flush();
    }
  }

  @Override
  public void stop() {
    if (flusher != null) {
      flusher.shutdownNow();
    }
    flush();
    super.stop();
  }

  /** Writes out what the buffer holds, under the lock every line is written with. */
  public void flush() {
    streamWriteLock.lock();
    try {
      if (getOutputStream() != null) {
        getOutputStream().flush();
      }
    } catch (IOException e) {
      addError("could not flush standard output", e);
    } finally {
      streamWriteLock.unlock();
    }
  }
}
