import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's webhook receiver: answers 204 at once and notes, per delivery, how long after the
 * event's occurredAt it arrived (same machine, same clock). GET /stats prints
 * "count p50 p99 max" in milliseconds. Run with: java bench/receiver/WebhookReceiver.java PORT
 */
public class WebhookReceiver {

  private static final Pattern OCCURRED = Pattern.compile("\"occurredAt\"\\s*:\\s*\"([^\"]+)\"");
  private static final List<Double> lags = Collections.synchronizedList(new ArrayList<>());

  public static void main(String[] args) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 512);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/hook", exchange -> {
      long now = System.currentTimeMillis() * 1000 + (System.nanoTime() / 1000) % 1000;
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Matcher matcher = OCCURRED.matcher(body);
      if (matcher.find()) {
        Instant occurred = Instant.parse(matcher.group(1));
        long occurredMicros = occurred.getEpochSecond() * 1_000_000 + occurred.getNano() / 1000;
        lags.add((now - occurredMicros) / 1000.0);
      }
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    server.createContext("/stats", exchange -> {
      List<Double> sorted;
      synchronized (lags) {
        sorted = new ArrayList<>(lags);
      }
      Collections.sort(sorted);
      String answer = sorted.isEmpty() ? "0 0 0 0" : String.format("%d %.1f %.1f %.1f", sorted.size(),
          sorted.get((int) (sorted.size() * 0.50)), sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * 0.99))),
          sorted.get(sorted.size() - 1));
      byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    });
    server.start();
    System.out.println("webhook receiver on " + args[0]);
  }
}
