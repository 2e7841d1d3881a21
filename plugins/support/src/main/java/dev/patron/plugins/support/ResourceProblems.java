package dev.patron.plugins.support;

import dev.patron.api.problem.FieldError;
import dev.patron.api.problem.Problem;
import dev.patron.api.problem.ProblemException;
import dev.patron.api.problem.Problems;
import dev.patron.kit.sql.PgErrors;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The problems a plugin answers about one kind of resource, worded with its noun: {@code "No
 * profile with id ..."}, {@code 409 profile-in-use} and so on.
 *
 * @param noun the resource's name in messages and problem codes, one lower-case word ({@code
 *     "profile"}, {@code "discount"})
 */
public record ResourceProblems(String noun) {

  private static final Pattern WORD = Pattern.compile("[a-z]+");

  public ResourceProblems {
    if (noun == null || !WORD.matcher(noun).matches()) {
      throw new IllegalArgumentException("A resource noun is one lower-case word: " + noun);
    }
  }

  /** A 404 for an id the restaurant has no resource with. */
  public ProblemException notFound(UUID id) {
    return Problems.notFound("No " + noun + " with id " + id + ".");
  }

  /** {@code resource}, or a 404 when it is {@code null}. */
  public <R> R found(R resource, UUID id) {
    if (resource == null) {
      throw notFound(id);
    }
    return resource;
  }

  /** A 412 when {@code expectedVersion} is given and is not the current one. */
  public void checkVersion(DefaultableResource current, Long expectedVersion) {
    if (expectedVersion != null && expectedVersion != current.version()) {
      throw Problems.preconditionFailed("The " + noun + " is at version " + current.version() + ", not "
          + expectedVersion + "; read it again and reapply your change.");
    }
  }

  /** A 412 when the resource changed between being read and being deleted. */
  public ProblemException changedWhileDeleted() {
    return Problems.preconditionFailed("The " + noun + " changed while it was being deleted; read it again.");
  }

  /**
   * {@code 409 <noun>-code-taken} when {@code error} violates the unique constraint {@code codeKey}
   * on the code {@code code}; {@code error} itself otherwise.
   */
  public Throwable codeClash(Throwable error, String codeKey, String code) {
    if (PgErrors.isUniqueViolation(error, codeKey)) {
      return new Problem(409, noun + "-code-taken", "Conflict", "Another " + noun + " already has code '" + code + "'.",
          List.of(new FieldError("code", "is already used by another " + noun)), Map.of()).toException();
    }
    return error;
  }

  /** {@code 409 <noun>-in-use}: {@code customers} customers have the resource as default. */
  public ProblemException inUse(String code, int customers) {
    String who = customers == 1 ? "1 customer has" : customers + " customers have";
    return Problem.of(409, noun + "-in-use", "Conflict", who + " " + noun + " " + code + " as their default."
            + " Delete it with ?reassignTo=<" + noun + "Id> to give them another " + noun
            + ", or with ?clearDefaults=true to remove their default.")
        .with("customers", customers)
        .toException();
  }

  /**
   * {@code 409 <noun>-in-use} when {@code error} is the foreign key of the mirror table catching a
   * customer who chose the resource while it was being deleted; {@code error} itself otherwise.
   */
  public Throwable chosenMeanwhile(Throwable error, String code) {
    if (PgErrors.isForeignKeyViolation(error)) {
      return Problem.of(409, noun + "-in-use", "Conflict", "A customer chose " + noun + " " + code
          + " as their default while it was being deleted; nothing was changed. Try again.").toException();
    }
    return error;
  }

  /** A 400 on {@code field}: the id names no resource of the restaurant. */
  public ProblemException notOfRestaurant(String field) {
    return Problems.invalidField(field, "is not a " + noun + " of this restaurant");
  }

  /** A 400 on {@code field}: the resource {@code code} is inactive. */
  public ProblemException inactive(String field, String code) {
    return Problems.invalidField(field, "is the inactive " + noun + " " + code + "; choose an active one");
  }

  /** A 400 on {@code reassignTo}: the customers cannot be given the resource being deleted. */
  public ProblemException reassignedToItself() {
    return Problems.invalidField("reassignTo", "must be another " + noun + " than the one deleted");
  }
}
