package dev.patron.plugins.giftcards;

import dev.patron.kit.page.Page;
import dev.patron.kit.page.PageRequest;
import dev.patron.kit.sql.Rows;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** SQL for the ledger: inserts and reads only, as the table is append-only. */
final class ActivityRepository {

  private static final String COLUMNS = "a.id, a.card_id, a.card_version, a.type, a.amount, a.balance_after,"
      + " c.currency, a.reason, a.reverses_activity_id, a.created_at";
  private static final String FROM = " FROM gift_cards.activities a"
      + " JOIN gift_cards.cards c ON c.tenant_id = a.tenant_id AND c.id = a.card_id";

  Future<Void> insert(SqlClient transaction, UUID tenantId, Activity activity) {
    return transaction.preparedQuery("INSERT INTO gift_cards.activities (tenant_id, id, card_id, card_version, type,"
            + " amount, balance_after, reason, reverses_activity_id, created_at)"
            + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)")
        .execute(Tuple.of(tenantId, activity.id(), activity.cardId(), activity.cardVersion(), activity.type().name(),
            activity.amount(), activity.balanceAfter(), activity.reason(), activity.reversesActivityId(),
            Rows.param(activity.createdAt())))
        .mapEmpty();
  }

  /** The activity a REVERSE names, and whether something reversed it already. */
  Future<Ledger.ReverseTarget> reverseTarget(SqlClient sql, UUID tenantId, UUID activityId) {
    return sql.preparedQuery("SELECT " + COLUMNS + ", EXISTS (SELECT 1 FROM gift_cards.activities r"
            + " WHERE r.tenant_id = a.tenant_id AND r.reverses_activity_id = a.id) AS reversed"
            + FROM + " WHERE a.tenant_id = $1 AND a.id = $2")
        .execute(Tuple.of(tenantId, activityId))
        .map(rows -> {
          if (rows.size() == 0) {
            return new Ledger.ReverseTarget(null, false);
          }
          Row row = rows.iterator().next();
          return new Ledger.ReverseTarget(map(row), row.getBoolean("reversed"));
        });
  }

  /** A card's activities in the order they happened, keyset-paged on the card version. */
  Future<Page<Activity>> list(SqlClient sql, UUID tenantId, UUID cardId, PageRequest page) {
    long after = page.after() == null ? 0 : afterVersion(page);
    return sql.preparedQuery("SELECT " + COLUMNS + FROM
            + " WHERE a.tenant_id = $1 AND a.card_id = $2 AND a.card_version > $3 ORDER BY a.card_version LIMIT $4")
        .execute(Tuple.of(tenantId, cardId, after, page.limit() + 1))
        .map(rows -> {
          List<Activity> activities = new ArrayList<>();
          rows.forEach(row -> activities.add(map(row)));
          return Page.of(activities, page.limit(),
              activity -> new JsonObject().put("cardVersion", Long.toString(activity.cardVersion())));
        });
  }

  private static long afterVersion(PageRequest page) {
    try {
      return Long.parseLong(page.afterString("cardVersion"));
    } catch (NumberFormatException e) {
      throw PageRequest.foreignCursor();
    }
  }

  private static Activity map(Row row) {
    return new Activity(row.getUUID("id"), row.getUUID("card_id"), row.getLong("card_version"),
        ActivityType.valueOf(row.getString("type")), row.getLong("amount"), row.getLong("balance_after"),
        row.getString("currency"), row.getString("reason"), row.getUUID("reverses_activity_id"),
        Rows.instant(row, "created_at"));
  }
}
