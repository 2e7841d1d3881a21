package dev.patron.core.event;

import dev.patron.api.problem.Problems;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place in the outbox: the writing transaction's id and the event's sequence number. Events
 * are read in this order, and only once every older transaction has ended, so a position never
 * moves past an event that is yet to commit.
 */
public record EventPosition(long txId, long seq) implements Comparable<EventPosition> {

  public static final EventPosition START = new EventPosition(0, 0);
  private static final Pattern FORM = Pattern.compile("(\\d{1,19})-(\\d{1,19})");

  /** Parses the form {@link #toString()} writes; a 400 naming {@code field} otherwise. */
  public static EventPosition parse(String text, String field) {
    Matcher matcher = text == null ? null : FORM.matcher(text);
    if (matcher == null || !matcher.matches()) {
      throw Problems.invalidField(field, "is not a position from this feed; omit it to read from the start");
    }
    try {
      return new EventPosition(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)));
    } catch (NumberFormatException e) {
      throw Problems.invalidField(field, "is not a position from this feed; omit it to read from the start");
    }
  }

  @Override
  public int compareTo(EventPosition other) {
    int byTx = Long.compare(txId, other.txId);
    return byTx != 0 ? byTx : Long.compare(seq, other.seq);
  }

  @Override
  public String toString() {
    return txId + "-" + seq;
  }
}
