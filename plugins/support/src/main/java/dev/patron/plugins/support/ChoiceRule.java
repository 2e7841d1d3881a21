package dev.patron.plugins.support;

/**
 * A plugin's own condition on the resource a customer chooses as default, checked after the
 * shared ones (it exists and is active).
 *
 * @param <R> the resource type
 */
@FunctionalInterface
public interface ChoiceRule<R> {

  /** No further condition. */
  static <R> ChoiceRule<R> none() {
    return resource -> null;
  }

  /**
   * Why {@code resource} cannot be chosen now, as a field error message ({@code "is the discount
   * OLD, which has expired"}); {@code null} when it can.
   */
  String refusal(R resource);
}
