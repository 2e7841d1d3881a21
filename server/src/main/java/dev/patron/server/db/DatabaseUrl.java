package dev.patron.server.db;

import io.vertx.pgclient.PgConnectOptions;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A PostgreSQL server to connect to, parsed once from {@code postgresql://user:pass@host:port/db}
 * and handed to both clients: vertx-pg-client for requests, JDBC for Flyway.
 */
public record DatabaseUrl(String host, int port, String database, String user, String password, Map<String, String> parameters) {

  /** Longest statement whose prepared form each connection caches, in characters. */
  static final int PREPARED_STATEMENT_CACHE_SQL_LIMIT = 16_384;

  public static DatabaseUrl parse(String url) {
    URI uri;
    try {
      uri = URI.create(url.replaceFirst("^postgres(ql)?://", "postgresql://"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("PATRON_DATABASE_URL is not a valid URL", e);
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("PATRON_DATABASE_URL needs a host: postgresql://user:password@host:5432/database");
    }
    String user = "postgres";
    String password = null;
    if (uri.getRawUserInfo() != null) {
      String[] parts = uri.getRawUserInfo().split(":", 2);
      user = decode(parts[0]);
      password = parts.length > 1 ? decode(parts[1]) : null;
    }
    String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
    Map<String, String> parameters = new LinkedHashMap<>();
    if (uri.getRawQuery() != null) {
      for (String pair : uri.getRawQuery().split("&")) {
        String[] kv = pair.split("=", 2);
        parameters.put(decode(kv[0]), kv.length > 1 ? decode(kv[1]) : "");
      }
    }
    return new DatabaseUrl(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(),
        path.isEmpty() ? user : decode(path), user, password, parameters);
  }

  public PgConnectOptions connectOptions() {
    PgConnectOptions options = new PgConnectOptions()
        .setHost(host)
        .setPort(port)
        .setDatabase(database)
        .setUser(user)
        .setCachePreparedStatements(true)
        .setPreparedStatementCacheMaxSize(512)
        // The client's default caches only statements up to 2,048 characters; a longer one (a
        // plugin's statement built from CTEs) was parsed and planned again on every call.
        .setPreparedStatementCacheSqlLimit(PREPARED_STATEMENT_CACHE_SQL_LIMIT);
    if (password != null) {
      options.setPassword(password);
    }
    String sslMode = parameters.get("sslmode");
    if (sslMode != null) {
      options.setSslMode(io.vertx.pgclient.SslMode.of(sslMode));
    }
    return options;
  }

  public String jdbcUrl() {
    StringBuilder url = new StringBuilder("jdbc:postgresql://").append(host).append(':').append(port).append('/').append(database);
    String sslMode = parameters.get("sslmode");
    if (sslMode != null) {
      url.append("?sslmode=").append(sslMode);
    }
    return url.toString();
  }

  /** The same server, another database on it. */
  public DatabaseUrl withDatabase(String name) {
    return new DatabaseUrl(host, port, name, user, password, parameters);
  }

  @Override
  public String toString() {
    return "postgresql://" + user + "@" + host + ":" + port + "/" + database;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
