package dev.patron.server.http.contract;

import dev.patron.api.tenant.StaffRole;
import java.util.List;
import java.util.Set;

/**
 * One operation of the API document, as the request pipeline enforces it.
 *
 * @param method upper-case HTTP method
 * @param template path template, e.g. {@code /api/v1/customers/{customerId}}
 * @param pluginId the plugin that serves it, or {@code null} for the core
 * @param queryParameters every query parameter it accepts; any other is a 400
 * @param repeatableParameters those of them that may be given more than once (arrays)
 * @param requestMediaTypes the body media types it accepts; empty when it reads no body
 * @param bodyLimit the largest body it takes, in bytes, when its document declares one larger than
 *     the server's {@code PATRON_MAX_BODY_BYTES} ({@value #BODY_LIMIT_EXTENSION}, for uploads); else 0
 * @param streamedBody whether its handler reads the body itself, as a stream ({@value
 *     #STREAMED_BODY_EXTENSION}: a file upload of any size), so the host does not read it first
 * @param role the least role a restaurant's caller needs ({@value #ROLE_EXTENSION}); when the
 *     document names none, {@link StaffRole#STAFF} for reads and {@link StaffRole#MANAGER} for changes
 */
public record Operation(
    String method,
    String template,
    String pluginId,
    Set<String> queryParameters,
    Set<String> repeatableParameters,
    List<String> requestMediaTypes,
    long bodyLimit,
    boolean streamedBody,
    StaffRole role) {

  /** The operation's member that names the least role it needs: {@code STAFF}, {@code MANAGER} or {@code OWNER}. */
  public static final String ROLE_EXTENSION = "x-patron-role";

  /** The operation's member that declares a larger body limit: an integer number of bytes. */
  public static final String BODY_LIMIT_EXTENSION = "x-patron-max-body-bytes";
  /** The operation's member that says its handler streams the body itself: {@code true}. */
  public static final String STREAMED_BODY_EXTENSION = "x-patron-streamed-body";
  /** No operation may declare more: the body is held in memory until the handler has it. */
  public static final long MAX_DECLARED_BODY_LIMIT = 256L * 1024 * 1024;

  /** The role an operation needs when its document names none: reading is staff's, changing a manager's. */
  public static StaffRole defaultRole(String method) {
    return "GET".equalsIgnoreCase(method) || "HEAD".equalsIgnoreCase(method) ? StaffRole.STAFF : StaffRole.MANAGER;
  }

  /**
   * The role an operation's document names; the default when it names none; {@code null} when it
   * names something else (a fragment saying so is refused).
   */
  public static StaffRole declaredRole(String method, Object declared) {
    if (declared == null) {
      return defaultRole(method);
    }
    for (StaffRole role : StaffRole.values()) {
      if (role.name().equals(declared)) {
        return role;
      }
    }
    return null;
  }

  /** Whether this operation reads a request body. */
  public boolean takesBody() {
    return !requestMediaTypes.isEmpty();
  }
}
