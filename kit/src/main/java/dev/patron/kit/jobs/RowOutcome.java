package dev.patron.kit.jobs;

import dev.patron.api.problem.FieldError;
import java.util.List;

/**
 * What applying one row did: a label the job counts it under ({@code recorded}, {@code unchanged},
 * {@code created} ...), or the errors that rejected it (nothing of the row was written).
 */
public record RowOutcome(String label, List<FieldError> errors) {

  public RowOutcome {
    errors = List.copyOf(errors);
    if ((label == null) == errors.isEmpty()) {
      throw new IllegalArgumentException("an outcome is either a label or errors");
    }
  }

  public static RowOutcome counted(String label) {
    return new RowOutcome(label, List.of());
  }

  public static RowOutcome rejected(List<FieldError> errors) {
    return new RowOutcome(null, errors);
  }

  public static RowOutcome rejected(String field, String message) {
    return rejected(List.of(new FieldError(field, message)));
  }

  public boolean isRejected() {
    return label == null;
  }
}
