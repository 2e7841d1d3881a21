package dev.patron.kit.jobs;

import dev.patron.api.problem.FieldError;
import dev.patron.api.problem.Problem;
import dev.patron.api.problem.ProblemException;
import io.vertx.pgclient.PgException;
import java.util.List;

/**
 * Tells a row's own fault from the job's, when a row applied alone fails: a problem (the user's
 * way of saying "this row is wrong") or a PostgreSQL data or constraint error (class 22 or 23)
 * rejects the row; anything else — a lost connection, a timeout — stops the run, to be retried.
 */
final class RowFailures {

  private RowFailures() {
  }

  /** The errors that reject the row, or {@code null} when the failure is not the row's. */
  static List<FieldError> rowErrors(Throwable failure) {
    if (failure instanceof ProblemException problemException) {
      Problem problem = problemException.problem();
      if (!problem.errors().isEmpty()) {
        return problem.errors();
      }
      return List.of(new FieldError("row", problem.detail() == null ? problem.title() : problem.detail()));
    }
    if (failure instanceof PgException pg && pg.getSqlState() != null
        && (pg.getSqlState().startsWith("22") || pg.getSqlState().startsWith("23"))) {
      String constraint = pg.getConstraint() == null ? "" : " (" + pg.getConstraint() + ")";
      return List.of(new FieldError("row", "could not be stored: " + pg.getErrorMessage() + constraint));
    }
    return null;
  }
}
