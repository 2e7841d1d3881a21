package dev.patron.server;

import dev.patron.server.config.PatronConfig;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;

/** Starts Patron from the environment; stops it cleanly on SIGTERM or Ctrl-C. */
public final class Main {

  private Main() {
  }

  public static void main(String[] args) {
    if ("json".equalsIgnoreCase(System.getenv("PATRON_LOG_FORMAT"))) {
      System.setProperty("logback.configurationFile", "logback-json.xml");
    }
    System.setProperty("vertx.logger-delegate-factory-class-name", "io.vertx.core.logging.SLF4JLogDelegateFactory");
    PatronConfig config;
    try {
      config = PatronConfig.fromEnvironment();
    } catch (RuntimeException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    try {
      PatronServer server = PatronServer.start(config);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        server.close();
        // Writes out the last buffered log lines (BufferedConsoleAppender).
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logging) {
          logging.stop();
        }
      }, "patron-shutdown"));
    } catch (RuntimeException e) {
      LoggerFactory.getLogger(Main.class).error("Patron could not start: {}", e.getMessage(), e);
      System.exit(1);
    }
  }
}
