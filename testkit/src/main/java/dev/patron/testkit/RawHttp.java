package dev.patron.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sends bytes exactly as given, for requests no well-behaved client would send: no Host header, a
 * malformed percent-escape, a request line of 10 KB, bytes that are not UTF-8. Reads until the
 * server closes the connection. Its exchanges are not checked against the API document.
 */
public final class RawHttp {

  /** The response: status, headers by lower-case name, and body. */
  public record Reply(int status, Map<String, String> headers, String body) {
    public String contentType() {
      return headers.get("content-type");
    }
  }

  private RawHttp() {
  }

  /** Sends {@code request} (UTF-8) and reads the reply. */
  public static Reply send(URI base, String request) {
    return send(base, request.getBytes(StandardCharsets.UTF_8));
  }

  /** Sends {@code request} as it is and reads the reply. */
  public static Reply send(URI base, byte[] request) {
    return sendFrom(null, base, request);
  }

  /**
   * Sends {@code request} from a local address of the caller's choosing (another loopback address,
   * 127.0.0.2 say: a second client as the server sees it), and reads the reply.
   */
  public static Reply sendFrom(java.net.InetAddress local, URI base, byte[] request) {
    try (Socket socket = local == null ? new Socket(base.getHost(), base.getPort())
        : new Socket(java.net.InetAddress.getByName(base.getHost()), base.getPort(), local, 0)) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request);
      socket.getOutputStream().flush();
      return parse(readAll(socket.getInputStream()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A JSON POST with {@code Connection: close}, sent from {@code local}. */
  public static Reply postJsonFrom(java.net.InetAddress local, URI base, String target, String json) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    String head = "POST " + target + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
        + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
    byte[] request = new byte[head.length() + body.length];
    System.arraycopy(head.getBytes(StandardCharsets.US_ASCII), 0, request, 0, head.length());
    System.arraycopy(body, 0, request, head.length(), body.length);
    return sendFrom(local, base, request);
  }

  /** A request with {@code Connection: close}, the given extra header lines, and the Host header. */
  public static Reply get(URI base, String target, String token, String... headerLines) {
    StringBuilder request = new StringBuilder("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n");
    if (token != null) {
      request.append("Authorization: Bearer ").append(token).append("\r\n");
    }
    for (String line : headerLines) {
      request.append(line).append("\r\n");
    }
    return send(base, request.append("Connection: close\r\n\r\n").toString());
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        out.write(buffer, 0, n);
      }
    } catch (java.net.SocketException reset) {
      // the server may reset after answering a request it refused to read
    }
    return out.toByteArray();
  }

  private static Reply parse(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      throw new AssertionError("no HTTP response: " + text);
    }
    String[] lines = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new TreeMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
    }
    return new Reply(status, headers, text.substring(end + 4));
  }
}
