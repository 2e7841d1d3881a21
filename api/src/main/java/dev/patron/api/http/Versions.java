package dev.patron.api.http;

import dev.patron.api.problem.Problems;
import io.vertx.ext.web.RoutingContext;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Resource versions as entity tags: {@code ETag: "3"}, and the {@code If-Match} that guards writes. */
public final class Versions {

  private static final Pattern TAG = Pattern.compile("(?:W/)?\"(\\d{1,18})\"");

  private Versions() {
  }

  public static String etag(long version) {
    return "\"" + version + "\"";
  }

  /**
   * The version {@code If-Match} requires, or {@code null} when the header is absent or {@code *}.
   * A header naming no version this server hands out can never match: 412.
   */
  public static Long ifMatch(RoutingContext rc) {
    String header = rc.request().getHeader("If-Match");
    if (header == null || header.strip().equals("*")) {
      return null;
    }
    Matcher matcher = TAG.matcher(header.strip());
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
