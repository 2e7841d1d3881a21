package dev.patron.core.tenant;

/**
 * The host admin's override of a restaurant's request rate limits, per minute: for the restaurant
 * as a whole and for each of its API keys; {@code null} where the host's default applies.
 */
public record RequestLimits(Integer perTenant, Integer perKey) {

  /** The largest limit an override may set, per minute. */
  public static final int MAX_PER_MINUTE = 10_000_000;

  public static final RequestLimits DEFAULTS = new RequestLimits(null, null);
}
