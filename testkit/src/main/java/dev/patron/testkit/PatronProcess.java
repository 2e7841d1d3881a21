package dev.patron.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The real Patron server, run from its jar in a child JVM exactly as in production: embedded
 * PostgreSQL in its own data directory, plugins loaded by PF4J from a plugins directory. The child
 * can be stopped (SIGTERM), killed (SIGKILL, to test crash recovery) and started again on the same
 * data.
 */
public final class PatronProcess implements AutoCloseable {

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

  private final Path serverJar;
  private final Path workDir;
  private Map<String, String> environment;
  private final String adminToken = "test-admin-" + UUID.randomUUID();
  private final int port;
  private Process process;

  private PatronProcess(Path serverJar, Path workDir, Map<String, String> environment) {
    this.serverJar = serverJar;
    this.workDir = workDir;
    this.environment = Map.copyOf(environment);
    this.port = freePort();
  }

  /**
   * Starts a server whose data lives under {@code workDir}, loading the plugin jars in {@code
   * pluginsDir}, with extra {@code PATRON_*} settings; returns once it answers {@code /health/ready}.
   */
  public static PatronProcess start(Path serverJar, Path workDir, Path pluginsDir, Map<String, String> settings) {
    Map<String, String> environment = new HashMap<>(settings);
    environment.put("PATRON_PLUGINS_DIR", pluginsDir.toAbsolutePath().toString());
    PatronProcess server = new PatronProcess(serverJar, workDir, environment);
    server.launch();
    return server;
  }

  /** The server jar: system property {@code patron.server.jar}. */
  public static Path serverJarFromProperty() {
    String jar = System.getProperty("patron.server.jar");
    if (jar == null || !Files.isRegularFile(Path.of(jar))) {
      throw new IllegalStateException("Set the system property patron.server.jar to the runnable patron-server jar"
          + " (found: " + jar + "); see docs/PLUGINS.md");
    }
    return Path.of(jar);
  }

  private void launch() {
    try {
      Files.createDirectories(workDir);
      String java = ProcessHandle.current().info().command().orElse("java");
      ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx512m", "-XX:+UseSerialGC",
          "-XX:TieredStopAtLevel=1", "-jar", serverJar.toAbsolutePath().toString()));
      builder.environment().putAll(environment);
      builder.environment().put("PATRON_PORT", String.valueOf(port));
      builder.environment().put("PATRON_HOST", "127.0.0.1");
      builder.environment().putIfAbsent("PATRON_ADMIN_TOKEN", adminToken);
      builder.environment().putIfAbsent("PATRON_DATA_DIR", workDir.resolve("data").toString());
      builder.environment().putIfAbsent("PATRON_EVENT_LOOPS", "2");
      // Tests drive one restaurant far beyond a restaurant's pace; tests of the limits set their own.
      builder.environment().putIfAbsent("PATRON_RATE_LIMIT_TENANT_PER_MINUTE", "0");
      builder.environment().putIfAbsent("PATRON_RATE_LIMIT_KEY_PER_MINUTE", "0");
      builder.redirectErrorStream(true);
      builder.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()));
      process = builder.start();
      awaitReady();
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the Patron server: " + e.getMessage(), e);
    }
  }

  private void awaitReady() {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest ready = HttpRequest.newBuilder(baseUri().resolve("/health/ready")).timeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The Patron server exited with " + process.exitValue() + ":\n" + logTail());
      }
      try {
        if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the server", e);
      }
      sleep(100);
    }
    process.destroyForcibly();
    throw new IllegalStateException("The Patron server was not ready within " + READY_TIMEOUT.toSeconds() + " s:\n" + logTail());
  }

  /** Stops the server the way an operator does (SIGTERM) and waits for it. */
  public void stop() {
    if (process != null && process.isAlive()) {
      process.destroy();
      waitFor(60);
    }
  }

  /** Kills the server at once (SIGKILL): nothing is flushed, nothing is shut down. */
  public void kill() {
    if (process != null && process.isAlive()) {
      process.destroyForcibly();
      waitFor(30);
    }
  }

  /** Starts the server again on the same data, plugins and port. */
  public void restart() {
    stop();
    launch();
  }

  /**
   * Stops the server and starts it again on the same data, plugins and port with {@code changed}
   * settings ({@code PATRON_*}) put over the ones it ran with: for behaviour a host setting changes.
   */
  public void restart(Map<String, String> changed) {
    stop();
    Map<String, String> next = new HashMap<>(environment);
    next.putAll(changed);
    environment = Map.copyOf(next);
    launch();
  }

  /** Starts the server again after {@link #kill()} or {@link #stop()}. */
  public void startAgain() {
    if (process != null && process.isAlive()) {
      throw new IllegalStateException("the server is still running");
    }
    launch();
  }

  public boolean isAlive() {
    return process != null && process.isAlive();
  }

  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + port);
  }

  /** The admin token the kit gave the server (unless the settings chose their own). */
  public String adminToken() {
    return environment.getOrDefault("PATRON_ADMIN_TOKEN", adminToken);
  }

  /** The admin API client. */
  public PatronClient admin() {
    return new PatronClient(baseUri(), adminToken());
  }

  /** A client with no credentials. */
  public PatronClient anonymous() {
    return new PatronClient(baseUri(), null);
  }

  public Path logFile() {
    return workDir.resolve("server.log");
  }

  /** The last lines the server printed, for failure messages. */
  public String logTail() {
    try {
      List<String> lines = Files.readAllLines(logFile());
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() {
    stop();
  }

  private void waitFor(int seconds) {
    try {
      if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A port free on this machine now, for a server a test starts. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
