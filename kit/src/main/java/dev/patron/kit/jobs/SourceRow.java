package dev.patron.kit.jobs;

import dev.patron.api.problem.FieldError;
import java.util.List;

/**
 * One row of a job's file as its {@link RowSource} read it: its number (1 for the first row of
 * data), the row as it was (kept for the rejected-rows file), and either what the user parsed it
 * into or why it could not be parsed.
 */
public record SourceRow(long number, String original, Object parsed, List<FieldError> errors) {

  public SourceRow {
    errors = List.copyOf(errors);
  }

  public static SourceRow parsed(long number, String original, Object parsed) {
    return new SourceRow(number, original, parsed, List.of());
  }

  public static SourceRow unreadable(long number, String original, List<FieldError> errors) {
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("an unreadable row needs at least one error");
    }
    return new SourceRow(number, original, null, errors);
  }

  public boolean readable() {
    return errors.isEmpty();
  }
}
