package dev.patron.plugins.webhooks.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real webhook receiver on loopback, started by the test: it records every request it gets and
 * answers as the test scripts it, per path (default 200). Register it as an extension
 * ({@code @RegisterExtension static Receiver receiver = new Receiver();}) and it stops after the class.
 */
final class Receiver implements AutoCloseable, AfterAllCallback {

  /** One request as it arrived. */
  record Received(String path, Map<String, List<String>> headers, String body, long receivedAtMillis, int attemptHere) {

    String header(String name) {
      for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
        if (entry.getKey().equalsIgnoreCase(name)) {
          return entry.getValue().get(0);
        }
      }
      return null;
    }

    JsonObject json() {
      return new JsonObject(body);
    }

    String webhookId() {
      return header("webhook-id");
    }
  }

  /** How to answer. */
  record Reply(int status, long delayMillis, String body, Map<String, String> headers) {
    static Reply status(int status) {
      return new Reply(status, 0, "", Map.of());
    }

    static Reply slow(long delayMillis) {
      return new Reply(200, delayMillis, "", Map.of());
    }
  }

  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Map<String, Function<Received, Reply>> scripts = new ConcurrentHashMap<>();
  private final Map<String, Integer> seen = new ConcurrentHashMap<>();

  Receiver() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/", this::handle);
    server.start();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String path = exchange.getRequestURI().getPath();
    Map<String, List<String>> headers = new java.util.HashMap<>();
    exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), new ArrayList<>(values)));
    String key = path + " " + headers.getOrDefault("webhook-id", List.of("")).get(0);
    int attempt = seen.merge(key, 1, Integer::sum);
    Received request = new Received(path, headers, body, System.currentTimeMillis(), attempt);
    received.add(request);
    Reply reply = scripts.getOrDefault(path, r -> Reply.status(200)).apply(request);
    if (reply.delayMillis() > 0) {
      try {
        Thread.sleep(reply.delayMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    byte[] answer = reply.body().getBytes(StandardCharsets.UTF_8);
    reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
    try {
      exchange.sendResponseHeaders(reply.status(), answer.length == 0 ? -1 : answer.length);
      if (answer.length > 0) {
        exchange.getResponseBody().write(answer);
      }
    } catch (IOException closedByTheSender) {
      // the sender gave up waiting (a timeout test)
    } finally {
      exchange.close();
    }
  }

  /** The URL of {@code path} on this receiver. */
  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  int port() {
    return server.getAddress().getPort();
  }

  void answer(String path, Function<Received, Reply> script) {
    scripts.put(path, script);
  }

  List<Received> at(String path) {
    return received.stream().filter(r -> r.path().equals(path)).toList();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }
}
