package dev.patron.kit.jobs;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a stream of bytes, each without its {@code \n} (or {@code \r\n}), none longer than
 * a bound: a line past it is reported (and skipped to its end) instead of filling memory.
 */
final class BoundedLines {

  /** A line, its 1-based number, and whether it was cut at the bound. */
  record Line(long number, byte[] bytes, boolean tooLong) {
  }

  private final InputStream in;
  private final int maxBytes;
  private byte[] buffer = new byte[8192];
  private long number;

  BoundedLines(InputStream in, int maxBytes) {
    this.in = new BufferedInputStream(in, 64 * 1024);
    this.maxBytes = maxBytes;
  }

  /** The next line, or {@code null} at the end of the stream. */
  Line next() throws IOException {
    int length = 0;
    boolean tooLong = false;
    int b = in.read();
    if (b < 0) {
      return null;
    }
    number++;
    while (b >= 0 && b != '\n') {
      if (length < maxBytes) {
        if (length == buffer.length) {
          buffer = Arrays.copyOf(buffer, Math.min(maxBytes, buffer.length * 2));
        }
        buffer[length++] = (byte) b;
      } else {
        tooLong = true;
      }
      b = in.read();
    }
    if (!tooLong && length > 0 && buffer[length - 1] == '\r') {
      length--;
    }
    return new Line(number, Arrays.copyOf(buffer, length), tooLong);
  }
}
