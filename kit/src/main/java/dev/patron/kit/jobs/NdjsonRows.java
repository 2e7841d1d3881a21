package dev.patron.kit.jobs;

import dev.patron.api.problem.FieldError;
import dev.patron.api.problem.ProblemException;
import dev.patron.kit.json.StrictJson;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An NDJSON file's rows: one JSON object per line, as a request body would be (the user's work
 * reads it). Blank lines are skipped; a row's number is its line number. A line that is not a JSON
 * object, not UTF-8 or longer than the bound is an unreadable row; lines are parsed by the same
 * strict reader as request bodies.
 */
public final class NdjsonRows implements RowSource {

  private final InputStream stream;
  private final BoundedLines lines;
  private final int maxLineBytes;

  public NdjsonRows(InputStream stream, int maxLineBytes) {
    this.stream = stream;
    this.maxLineBytes = maxLineBytes;
    this.lines = new BoundedLines(stream, maxLineBytes);
  }

  /** How many rows {@link #next} yields, and the first line past the bound (0 if none): for the upload's check. */
  public record Count(long rows, long firstTooLong) {
  }

  public Count count() throws IOException {
    long rows = 0;
    for (BoundedLines.Line line = lines.next(); line != null; line = lines.next()) {
      if (line.tooLong()) {
        return new Count(rows, line.number());
      }
      if (!blank(line.bytes())) {
        rows++;
      }
    }
    return new Count(rows, 0);
  }

  @Override
  public SourceRow next() throws IOException {
    for (BoundedLines.Line line = lines.next(); line != null; line = lines.next()) {
      if (line.tooLong()) {
        return SourceRow.unreadable(line.number(), "", List.of(new FieldError("line",
            "is longer than " + maxLineBytes + " bytes")));
      }
      if (blank(line.bytes())) {
        continue;
      }
      String text;
      try {
        text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line.bytes())).toString();
      } catch (CharacterCodingException e) {
        return SourceRow.unreadable(line.number(), new String(line.bytes(), StandardCharsets.UTF_8),
            List.of(new FieldError("line", "is not UTF-8")));
      }
      return row(line.number(), text);
    }
    return null;
  }

  private SourceRow row(long number, String text) {
    if (text.indexOf('\u0000') >= 0 || text.toLowerCase(java.util.Locale.ROOT).contains("\\u0000")) {
      // PostgreSQL text cannot hold it; the API refuses it the same way.
      return SourceRow.unreadable(number, text.replace('\u0000', ' '),
          List.of(new FieldError("line", "contains a NUL character (U+0000)")));
    }
    Object value;
    try {
      value = StrictJson.parse(Buffer.buffer(text));
    } catch (ProblemException e) {
      return SourceRow.unreadable(number, text, List.of(new FieldError("line", e.problem().detail())));
    }
    if (!(value instanceof JsonObject object)) {
      return SourceRow.unreadable(number, text, List.of(new FieldError("line", "must be a JSON object (one per line)")));
    }
    return SourceRow.parsed(number, text, object);
  }

  private static boolean blank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    stream.close();
  }
}
