package dev.patron.api.problem;

import java.util.List;
import java.util.Map;

/** Factories for the problems every API answers with, so their wording stays the same everywhere. */
public final class Problems {

  private Problems() {
  }

  public static ProblemException validation(List<FieldError> errors) {
    String detail = errors.size() == 1
        ? errors.get(0).field() + ": " + errors.get(0).message()
        : errors.size() + " fields are invalid; see errors.";
    return new Problem(400, "validation", "The request is invalid", detail, errors, Map.of()).toException();
  }

  public static ProblemException invalidField(String field, String message) {
    return validation(List.of(new FieldError(field, message)));
  }

  public static ProblemException badRequest(String detail) {
    return Problem.of(400, "bad-request", "The request is invalid", detail).toException();
  }

  public static ProblemException notFound(String detail) {
    return Problem.of(404, "not-found", "Not found", detail).toException();
  }

  public static ProblemException conflict(String code, String detail) {
    return Problem.of(409, code, "Conflict", detail).toException();
  }

  public static ProblemException preconditionFailed(String detail) {
    return Problem.of(412, "stale-version", "The resource has changed", detail).toException();
  }

  public static ProblemException unprocessable(String code, String detail) {
    return Problem.of(422, code, "The request cannot be carried out", detail).toException();
  }
}
