package dev.patron.kit.http;

import dev.patron.api.problem.Problems;
import io.vertx.ext.web.RoutingContext;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Resource versions as entity tags: {@code ETag: "3"}, and the {@code If-Match} that guards writes. */
public final class Versions {

  private static final Pattern STRONG_TAG = Pattern.compile("\"(\\d{1,18})\"");

  private Versions() {
  }

  public static String etag(long version) {
    return "\"" + version + "\"";
  }

  /**
   * The version {@code If-Match} requires, or {@code null} when the header is absent or {@code *}.
   * A header naming no version this server hands out can never match: 412. RFC 9110 compares
   * If-Match strongly, so a weak tag ({@code W/"3"}) never matches either.
   */
  public static Long ifMatch(RoutingContext rc) {
    String header = rc.request().getHeader("If-Match");
    if (header == null || header.strip().equals("*")) {
      return null;
    }
    String tag = header.strip();
    if (tag.startsWith("W/")) {
      throw Problems.preconditionFailed("If-Match compares strongly (RFC 9110): send the ETag as returned,"
          + " such as \"3\", not the weak W/\"3\".");
    }
    Matcher matcher = STRONG_TAG.matcher(tag);
    if (!matcher.matches()) {
      throw Problems.preconditionFailed("If-Match must be an ETag this API returned, such as \"3\".");
    }
    return Long.parseLong(matcher.group(1));
  }

  /** Whether {@code If-None-Match} names the current version (then answer 304). */
  public static boolean notModified(RoutingContext rc, long version) {
    String header = rc.request().getHeader("If-None-Match");
    if (header == null) {
      return false;
    }
    String etag = etag(version);
    for (String candidate : header.split(",")) {
      String tag = candidate.strip();
      if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
        return true;
      }
    }
    return false;
  }
}
