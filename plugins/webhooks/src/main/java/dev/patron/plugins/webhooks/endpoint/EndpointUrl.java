package dev.patron.plugins.webhooks.endpoint;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * An endpoint's address, taken apart for the sender: https (or http where the host allows it), a
 * host, a port, and the path with its query. No credentials in it (they would be stored and logged
 * in the clear; receivers verify the signature instead) and no fragment.
 */
public record EndpointUrl(String text, boolean https, String host, int port, String pathAndQuery) {

  public static final int MAX_LENGTH = 2000;

  /** The parsed URL, or why it is not one an endpoint may have. */
  public static Result parse(String text, boolean allowHttp) {
    if (text.length() > MAX_LENGTH) {
      return Result.refused("must be at most " + MAX_LENGTH + " characters");
    }
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      return Result.refused("is not a URL: " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !(scheme.equals("http") && allowHttp)) {
      return Result.refused(allowHttp ? "must start with https:// or http://"
          : "must start with https:// (this server does not allow plain http)");
    }
    if (uri.getRawUserInfo() != null) {
      return Result.refused("must not carry a user name or password; receivers check the signature instead");
    }
    if (uri.getRawFragment() != null) {
      return Result.refused("must not have a fragment (#...)");
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      return Result.refused("must name a host");
    }
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    boolean https = scheme.equals("https");
    int port = uri.getPort() == -1 ? (https ? 443 : 80) : uri.getPort();
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String pathAndQuery = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    return new Result(new EndpointUrl(text, https, host.toLowerCase(Locale.ROOT), port, pathAndQuery), null);
  }

  /** A URL already validated when it was stored. */
  public static EndpointUrl stored(String text) {
    Result result = parse(text, true);
    if (result.url().isEmpty()) {
      throw new IllegalStateException("stored endpoint URL no longer parses: " + result.problem());
    }
    return result.url().get();
  }

  /** Either a URL or the reason there is none. */
  public record Result(EndpointUrl parsed, String problem) {

    static Result refused(String problem) {
      return new Result(null, problem);
    }

    public Optional<EndpointUrl> url() {
      return Optional.ofNullable(parsed);
    }
  }
}
