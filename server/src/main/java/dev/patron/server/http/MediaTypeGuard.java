package dev.patron.server.http;

import dev.patron.api.problem.Problem;
import dev.patron.server.http.contract.ApiContract;
import dev.patron.server.http.contract.Operation;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Locale;

/**
 * Answers 415 to a body of a media type the operation does not take, before the body is read:
 * a form or multipart body never reaches a decoder, and a JSON body sent as {@code text/plain} is
 * not quietly accepted. The operation's document says what it takes; a route the document does
 * not know (a plugin without a fragment) takes JSON, and a PATCH also a JSON merge patch.
 */
public final class MediaTypeGuard implements Handler<RoutingContext> {

  /** Routing-context key of the request's documented {@link Operation}, when there is one. */
  public static final String OPERATION = "patron.operation";

  private static final List<String> JSON = List.of("application/json");
  private static final List<String> JSON_OR_MERGE_PATCH = List.of("application/merge-patch+json", "application/json");

  private final ApiContract contract;

  public MediaTypeGuard(ApiContract contract) {
    this.contract = contract;
  }

  @Override
  public void handle(RoutingContext rc) {
    HttpServerRequest request = rc.request();
    Operation operation = contract.find(request.method().name(), RequestPaths.decoded(rc));
    if (operation != null) {
      rc.put(OPERATION, operation);
    }
    if (!hasBody(request)) {
      rc.next();
      return;
    }
    List<String> accepted = operation != null && operation.takesBody() ? operation.requestMediaTypes()
        : request.method() == HttpMethod.PATCH ? JSON_OR_MERGE_PATCH : JSON;
    String encoding = request.getHeader(HttpHeaders.CONTENT_ENCODING);
    if (encoding != null && !encoding.strip().equalsIgnoreCase("identity")) {
      // Bodies are read as sent: a compressed body would otherwise be parsed as if it were not.
      rc.fail(Problem.of(415, "unsupported-media-type", "Unsupported media type",
          "Request bodies cannot be compressed (Content-Encoding: " + encoding + "); send them as they are.").toException());
      return;
    }
    String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
    String refusal = refusal(contentType, accepted);
    if (refusal != null) {
      rc.fail(Problem.of(415, "unsupported-media-type", "Unsupported media type", refusal).toException());
      return;
    }
    rc.next();
  }

  /** Whether the request carries a body at all: a length above zero, or chunks. */
  public static boolean hasBody(HttpServerRequest request) {
    String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
    if (length != null) {
      return !length.strip().equals("0");
    }
    return request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
  }

  /**
   * Whether the request's body is JSON ({@code application/json} or a {@code +json} type, or no
   * Content-Type at all, which {@link #handle} lets through only where JSON is what is taken).
   */
  public static boolean isJson(HttpServerRequest request) {
    String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
    if (contentType == null || contentType.isBlank()) {
      return true;
    }
    String essence = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    return essence.equals("application/json") || essence.endsWith("+json");
  }

  /** Why {@code contentType} is refused, or {@code null} when it is one of {@code accepted}. */
  static String refusal(String contentType, List<String> accepted) {
    String wanted = "Send the body as " + String.join(" or ", accepted) + ".";
    if (contentType == null || contentType.isBlank()) {
      return "The body has no Content-Type. " + wanted;
    }
    String[] parts = contentType.split(";");
    String essence = parts[0].strip().toLowerCase(Locale.ROOT);
    if (!accepted.contains(essence)) {
      return "This operation does not take " + essence + ". " + wanted;
    }
    for (int i = 1; i < parts.length; i++) {
      String[] parameter = parts[i].split("=", 2);
      if (parameter[0].strip().equalsIgnoreCase("charset")) {
        String charset = parameter.length < 2 ? "" : parameter[1].strip().replace("\"", "");
        if (!charset.equalsIgnoreCase("utf-8")) {
          return "JSON is read as UTF-8 only (RFC 8259); the body says charset=" + charset + ".";
        }
      }
    }
    return null;
  }
}
