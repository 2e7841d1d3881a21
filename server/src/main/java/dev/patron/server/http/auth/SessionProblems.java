package dev.patron.server.http.auth;

import dev.patron.api.problem.Problem;
import dev.patron.api.problem.ProblemException;

/** The problems of session authentication, worded once. */
public final class SessionProblems {

  private SessionProblems() {
  }

  /** 401: the cookie's session is unknown, ended or expired. */
  public static ProblemException ended(String what) {
    return Problem.of(401, "session-ended", "Session ended", what + " has ended or expired; sign in again.")
        .toException();
  }

  /** 403: a route for a signed-in person (or the console), called another way. */
  public static ProblemException required(String detail) {
    return Problem.of(403, "session-required", "Sign-in required", detail).toException();
  }
}
