package dev.patron.testkit.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every exchange of the test kit's client is checked against the document the server under test
 * serves at {@code /api/v1/openapi.json} (core and plugins' fragments merged), and a mismatch fails
 * the test. Off with {@code -Dpatron.contract.check=false}.
 *
 * <p>At the end of the JVM the number of checked responses is appended to {@code
 * target/contract-checks.txt}, so a build can say how much the suite covered.
 */
public final class ContractChecks {

  private static final boolean ENABLED = !"false".equals(System.getProperty("patron.contract.check"));
  private static final Map<URI, OpenApiContract> CONTRACTS = new ConcurrentHashMap<>();
  private static final AtomicLong CHECKED = new AtomicLong();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
      .version(HttpClient.Version.HTTP_1_1).build();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(ContractChecks::report, "contract-check-report"));
  }

  private ContractChecks() {
  }

  /** Fails (AssertionError) when the exchange breaks the document of the server at {@code base}. */
  public static void check(URI base, Exchange exchange) {
    if (!ENABLED) {
      return;
    }
    List<String> violations = contract(base).violations(exchange);
    CHECKED.incrementAndGet();
    if (!violations.isEmpty()) {
      throw new AssertionError("Response does not match the OpenAPI document:\n  " + String.join("\n  ", violations)
          + "\nbody: " + new String(exchange.responseBody(), StandardCharsets.UTF_8));
    }
  }

  /** The contract of the server at {@code base}, fetched once. */
  public static OpenApiContract contract(URI base) {
    return CONTRACTS.computeIfAbsent(base, ContractChecks::load);
  }

  /** How many responses were checked in this JVM. */
  public static long checked() {
    return CHECKED.get();
  }

  private static OpenApiContract load(URI base) {
    HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/openapi.json")).timeout(Duration.ofSeconds(30)).build();
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("GET /api/v1/openapi.json answered " + response.statusCode());
      }
      return OpenApiContract.parse(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("could not fetch the API document", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static void report() {
    if (CHECKED.get() == 0) {
      return;
    }
    try {
      Path file = Path.of("target", "contract-checks.txt");
      if (Files.isDirectory(file.getParent())) {
        Files.writeString(file, CHECKED.get() + " responses checked against the OpenAPI document\n",
            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      }
    } catch (IOException | RuntimeException ignored) {
      // best effort at shutdown
    }
  }
}
