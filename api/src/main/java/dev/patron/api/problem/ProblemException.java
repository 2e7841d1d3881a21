package dev.patron.api.problem;

/**
 * Carries a {@link Problem} through a failed future or a thrown exception to the host, which
 * answers the client with it. Cheap to create: no stack trace is captured.
 */
public class ProblemException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Problem problem;

  public ProblemException(Problem problem) {
    super(problem.title() + (problem.detail() == null ? "" : ": " + problem.detail()), null, false, false);
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }
}
