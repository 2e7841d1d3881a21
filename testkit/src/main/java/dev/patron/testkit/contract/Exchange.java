package dev.patron.testkit.contract;

import java.util.Map;

/**
 * One request as sent and the response as received, for checking against the API document.
 *
 * @param path the request path without the query string, as sent (percent-encoded)
 * @param requestBody the body sent, or {@code null}
 * @param responseContentType the response's Content-Type, or {@code null}
 */
public record Exchange(
    String method,
    String path,
    Map<String, String> requestHeaders,
    String requestBody,
    int status,
    String responseContentType,
    byte[] responseBody) {
}
