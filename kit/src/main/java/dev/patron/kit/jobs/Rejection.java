package dev.patron.kit.jobs;

import dev.patron.api.problem.FieldError;
import java.util.List;

/** A rejected row as stored: its number in the file, the row as it was, and its errors. */
public record Rejection(long rowNumber, String original, List<FieldError> errors) {

  public Rejection {
    errors = List.copyOf(errors);
  }
}
