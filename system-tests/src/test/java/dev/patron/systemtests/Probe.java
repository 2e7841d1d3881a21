package dev.patron.systemtests;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request the server must refuse, sent as raw bytes so that nothing (not even a well-behaved
 * client library) tidies it up on the way.
 *
 * @param why what is wrong with it, for the failure message
 * @param target the request target as sent: path and query, possibly malformed
 * @param body the body's bytes, or {@code null}
 */
record Probe(String why, String operation, String method, String target, Map<String, String> headers, byte[] body) {

  static Probe of(String why, String operation, String method, String target, Map<String, String> headers, String body) {
    return new Probe(why, operation, method, target, headers, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
  }

  Probe withHeader(String name, String value, String newWhy) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    if (value == null) {
      copy.remove(name);
    } else {
      copy.put(name, value);
    }
    return new Probe(newWhy, operation, method, target, copy, body);
  }

  /** The request as bytes on the wire. */
  byte[] wire() {
    StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\nHost: localhost\r\n");
    headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    if (body != null) {
      head.append("Content-Length: ").append(body.length).append("\r\n");
    }
    head.append("Connection: close\r\n\r\n");
    byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
    if (body == null) {
      return start;
    }
    byte[] all = new byte[start.length + body.length];
    System.arraycopy(start, 0, all, 0, start.length);
    System.arraycopy(body, 0, all, start.length, body.length);
    return all;
  }

  String bodyText() {
    return body == null ? null : new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    String shown = bodyText() == null ? "" : " body=" + (bodyText().length() > 200 ? bodyText().substring(0, 200) + "..." : bodyText());
    return operation + " [" + why + "] " + method + " " + (target.length() > 200 ? target.substring(0, 200) + "..." : target)
        + " " + headers.keySet() + shown;
  }
}
