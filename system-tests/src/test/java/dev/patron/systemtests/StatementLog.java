package dev.patron.systemtests;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every statement a PostgreSQL ran, from its own log: {@link #serverSettings()} makes it log each
 * one ({@code log_statement = all}) as one JSON object a line, so a statement spread over lines, or
 * with quotes and newlines in it, comes back whole.
 */
final class StatementLog {

  /** {@code statement: ...} for the simple protocol, {@code execute <name>: ...} for a prepared one. */
  private static final Pattern LOGGED = Pattern.compile("^(?:statement|execute [^:]*): (.*)$", Pattern.DOTALL);

  private final Path directory;

  StatementLog(Path directory) {
    this.directory = directory.toAbsolutePath();
  }

  /** The PostgreSQL settings that write the log into this log's folder. */
  Map<String, String> serverSettings() {
    return Map.of(
        "log_statement", "all",
        "logging_collector", "on",
        "log_destination", "jsonlog",
        "log_directory", directory.toString(),
        "log_filename", "statements.log",
        // The statements are wanted, not their parameters' values.
        "log_parameter_max_length", "0");
  }

  /**
   * The distinct statements sessions on {@code database} ran, each with how often, except those of
   * sessions whose application name starts with one of {@code ignoredApplications} (a session's
   * first entries may precede its application name: it is the session that is left out).
   */
  Map<String, Integer> distinct(String database, String... ignoredApplications) {
    List<JsonObject> entries = new ArrayList<>();
    Set<String> ignoredSessions = new HashSet<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
        try (Stream<String> lines = Files.lines(file)) {
          lines.map(JsonObject::new).filter(entry -> database.equals(entry.getString("dbname"))).forEach(entry -> {
            entries.add(entry);
            if (ignored(entry.getString("application_name", ""), ignoredApplications)) {
              ignoredSessions.add(entry.getString("session_id"));
            }
          });
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the statement log in " + directory, e);
    }
    Map<String, Integer> statements = new TreeMap<>();
    entries.stream()
        .filter(entry -> !ignoredSessions.contains(entry.getString("session_id")))
        .map(entry -> LOGGED.matcher(entry.getString("message", "")))
        .filter(Matcher::matches)
        .forEach(statement -> statements.merge(normalized(statement.group(1)), 1, Integer::sum));
    return statements;
  }

  /** Whitespace runs as one space: one statement however its source laid it out. */
  static String normalized(String statement) {
    return statement.strip().replaceAll("\\s+", " ");
  }

  private static boolean ignored(String application, String... prefixes) {
    for (String prefix : prefixes) {
      if (application.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
