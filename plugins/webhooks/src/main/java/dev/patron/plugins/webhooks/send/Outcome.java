package dev.patron.plugins.webhooks.send;

/**
 * What one attempt came to. {@link Kind#RETRY}: a network error, a timeout, 408, 429 or 5xx; {@link
 * Kind#REJECTED}: any other non-2xx answer, recorded and not retried; {@link Kind#GONE}: 410, which
 * disables the endpoint.
 */
record Outcome(Kind kind, Integer status, long latencyMs, String error, String excerpt) {

  enum Kind { SUCCEEDED, RETRY, REJECTED, GONE }

  static final int MAX_ERROR = 500;

  static Outcome ofStatus(int status, long latencyMs, String excerpt) {
    Kind kind;
    String error = null;
    if (status >= 200 && status < 300) {
      kind = Kind.SUCCEEDED;
    } else if (status == 410) {
      kind = Kind.GONE;
      error = "the endpoint answered 410 Gone";
    } else if (status == 408 || status == 429 || status >= 500) {
      kind = Kind.RETRY;
      error = "the endpoint answered " + status;
    } else if (status >= 300 && status < 400) {
      kind = Kind.REJECTED;
      error = "the endpoint answered " + status + ", a redirect; webhooks do not follow redirects, register the final URL";
    } else {
      kind = Kind.REJECTED;
      error = "the endpoint answered " + status;
    }
    return new Outcome(kind, status, latencyMs, error, excerpt);
  }

  static Outcome failed(String error, long latencyMs) {
    return new Outcome(Kind.RETRY, null, latencyMs, error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error,
        null);
  }

  boolean succeeded() {
    return kind == Kind.SUCCEEDED;
  }
}
