package dev.patron.plugins.sales.transaction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.plugins.sales.statistics.StatisticsRepository;
import io.vertx.sqlclient.SqlConnectOptions;
import org.junit.jupiter.api.Test;

/**
 * The statements of a post stay short enough for the database client to cache them as prepared
 * statements: a longer one is parsed and planned again on every post.
 */
class CachedStatementsTest {

  @Test
  void aPostsStatementsAreCachedByTheClient() {
    int limit = SqlConnectOptions.DEFAULT_PREPARED_STATEMENT_CACHE_SQL_LIMIT;
    assertTrue(SaleStatement.SQL.length() <= limit, "the sale: " + SaleStatement.SQL.length() + " characters");
    assertTrue(StatisticsRepository.RECORD_SALE.length() <= limit,
        "its statistics: " + StatisticsRepository.RECORD_SALE.length() + " characters");
  }
}
