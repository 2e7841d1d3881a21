package dev.patron.server.http.contract;

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
 */
public record Operation(
    String method,
    String template,
    String pluginId,
    Set<String> queryParameters,
    Set<String> repeatableParameters,
    List<String> requestMediaTypes) {

  /** Whether this operation reads a request body. */
  public boolean takesBody() {
    return !requestMediaTypes.isEmpty();
  }
}
