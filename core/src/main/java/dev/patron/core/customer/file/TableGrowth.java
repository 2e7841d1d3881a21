package dev.patron.core.customer.file;

/**
 * When an import analyses the customer tables it fills. A connection's cached plans stay those
 * made when the table was small — a sequential scan to match rows by referenceId, to check each
 * search term's customer — until the table is analysed; autovacuum does that a minute or more
 * later, by which time a large import has slowed to a crawl (measured: 100,000 rows at 980 rows/s,
 * five times the rows taking 23 times as long). So an import analyses them itself once the rows
 * it read pass 1,000, 5,000, 25,000 ... (times five each): a handful of ANALYZEs of a fraction of
 * a second for a million rows, each of which makes every connection plan its statements again.
 */
final class TableGrowth {

  /** The columns the import's and the writes' statements look customers up by: cheaper than every column. */
  static final String ANALYZE = "ANALYZE patron.customers (tenant_id, id, reference_id, email)";
  private static final long FIRST = 1_000;
  private static final long FACTOR = 5;

  private TableGrowth() {
  }

  /** Whether a threshold lies in (before, after]: the rows read before a batch, and after it. */
  static boolean crossesThreshold(long before, long after) {
    for (long threshold = FIRST; threshold <= after; threshold *= FACTOR) {
      if (threshold > before) {
        return true;
      }
    }
    return false;
  }
}
