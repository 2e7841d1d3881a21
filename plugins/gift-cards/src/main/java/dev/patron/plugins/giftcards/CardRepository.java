package dev.patron.plugins.giftcards;

import dev.patron.kit.page.Page;
import dev.patron.kit.page.PageRequest;
import dev.patron.kit.sql.Rows;
import dev.patron.kit.sql.SqlParams;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** SQL for cards and their customer links; every statement is scoped by tenant. */
final class CardRepository {

  private static final String COLUMNS = "c.id, c.masked_code, c.type, c.state, c.balance, c.currency, c.expires_on,"
      + " c.version, c.created_at, c.updated_at, ARRAY(SELECT l.customer_id FROM gift_cards.card_customers l"
      + " WHERE l.tenant_id = c.tenant_id AND l.card_id = c.id ORDER BY l.linked_at, l.customer_id) AS customer_ids";
  private static final String FIND = "SELECT " + COLUMNS + " FROM gift_cards.cards c WHERE c.tenant_id = $1 AND c.id = $2";

  /** Inserts a card; {@code false} (and nothing written) when the tenant already has its code. */
  Future<Boolean> insert(SqlClient sql, UUID tenantId, Card card, byte[] codeHash) {
    return sql.preparedQuery("INSERT INTO gift_cards.cards (tenant_id, id, code_hash, masked_code, type, state,"
            + " balance, currency, expires_on, version, created_at, updated_at)"
            + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)"
            + " ON CONFLICT (tenant_id, code_hash) DO NOTHING")
        .execute(Tuple.of(tenantId, card.id(), Buffer.buffer(codeHash), card.maskedCode(), card.type().name(),
            card.state().name(), card.balance(), card.currency(), card.expiresOn(), card.version(),
            Rows.param(card.createdAt()), Rows.param(card.updatedAt())))
        .map(rows -> rows.rowCount() == 1);
  }

  Future<Card> find(SqlClient sql, UUID tenantId, UUID id) {
    return sql.preparedQuery(FIND).execute(Tuple.of(tenantId, id)).map(CardRepository::single);
  }

  /**
   * Locks the card until the transaction ends, so changes to one card queue up, and then reads it.
   * Two statements on purpose: a statement that waited for the lock sees the card's own row as the
   * transaction before left it, but its customer links only as they were when it began. Read
   * afresh after the lock, the links (and the 10-customer limit on them) hold under concurrency.
   */
  Future<Card> findForUpdate(SqlClient transaction, UUID tenantId, UUID id) {
    return transaction.preparedQuery("SELECT 1 FROM gift_cards.cards WHERE tenant_id = $1 AND id = $2 FOR UPDATE")
        .execute(Tuple.of(tenantId, id))
        .compose(locked -> locked.size() == 0 ? Future.succeededFuture(null) : find(transaction, tenantId, id));
  }

  Future<Card> findByCode(SqlClient sql, UUID tenantId, byte[] codeHash) {
    return sql.preparedQuery("SELECT " + COLUMNS + " FROM gift_cards.cards c WHERE c.tenant_id = $1 AND c.code_hash = $2")
        .execute(Tuple.of(tenantId, Buffer.buffer(codeHash)))
        .map(CardRepository::single);
  }

  /** Cards oldest first, keyset-paged on (created_at, id). */
  Future<Page<Card>> list(SqlClient sql, UUID tenantId, CardListQuery query) {
    SqlParams params = new SqlParams();
    StringBuilder where = new StringBuilder("c.tenant_id = ").append(params.add(tenantId));
    if (query.state() != null) {
      where.append(" AND c.state = ").append(params.add(query.state().name()));
    }
    if (query.customerId() != null) {
      where.append(" AND EXISTS (SELECT 1 FROM gift_cards.card_customers f WHERE f.tenant_id = c.tenant_id")
          .append(" AND f.card_id = c.id AND f.customer_id = ").append(params.add(query.customerId())).append(')');
    }
    PageRequest page = query.page();
    if (page.after() != null) {
      where.append(" AND (c.created_at, c.id) > (").append(params.add(page.afterTimestamp("createdAt")))
          .append(", ").append(params.add(page.afterUuid("id"))).append(')');
    }
    String statement = "SELECT " + COLUMNS + " FROM gift_cards.cards c WHERE " + where
        + " ORDER BY c.created_at, c.id LIMIT " + params.add(page.limit() + 1);
    return sql.preparedQuery(statement).execute(params.tuple()).map(rows -> {
      List<Card> cards = new ArrayList<>();
      rows.forEach(row -> cards.add(map(row)));
      return Page.of(cards, page.limit(), card -> new JsonObject()
          .put("createdAt", Rows.param(card.createdAt()).toString())
          .put("id", card.id().toString()));
    });
  }

  /** Stores the balance and state an activity left, as the card's next version. */
  Future<Void> updateValue(SqlClient transaction, UUID tenantId, Card card, long balance, CardState state, Instant at) {
    return transaction.preparedQuery("UPDATE gift_cards.cards SET balance = $3, state = $4, version = $5, updated_at = $6"
            + " WHERE tenant_id = $1 AND id = $2")
        .execute(Tuple.of(tenantId, card.id(), balance, state.name(), card.version() + 1, Rows.param(at)))
        .mapEmpty();
  }

  /** Counts a change of the card's links as a new version of the card. */
  Future<Void> touch(SqlClient transaction, UUID tenantId, UUID cardId, Instant at) {
    return transaction.preparedQuery("UPDATE gift_cards.cards SET version = version + 1, updated_at = $3"
            + " WHERE tenant_id = $1 AND id = $2")
        .execute(Tuple.of(tenantId, cardId, Rows.param(at)))
        .mapEmpty();
  }

  /** Links a customer; {@code false} when already linked. */
  Future<Boolean> link(SqlClient transaction, UUID tenantId, UUID cardId, UUID customerId, Instant at) {
    return transaction.preparedQuery("INSERT INTO gift_cards.card_customers (tenant_id, card_id, customer_id, linked_at)"
            + " VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING")
        .execute(Tuple.of(tenantId, cardId, customerId, Rows.param(at)))
        .map(rows -> rows.rowCount() == 1);
  }

  /** Unlinks a customer from one card; {@code false} when it was not linked. */
  Future<Boolean> unlink(SqlClient transaction, UUID tenantId, UUID cardId, UUID customerId) {
    return transaction.preparedQuery("DELETE FROM gift_cards.card_customers"
            + " WHERE tenant_id = $1 AND card_id = $2 AND customer_id = $3")
        .execute(Tuple.of(tenantId, cardId, customerId))
        .map(rows -> rows.rowCount() == 1);
  }

  /** Unlinks a customer from all their cards, each card getting a new version; returns how many. */
  Future<Integer> unlinkEverywhere(SqlClient transaction, UUID tenantId, UUID customerId, Instant at) {
    return transaction.preparedQuery("WITH unlinked AS (DELETE FROM gift_cards.card_customers"
            + " WHERE tenant_id = $1 AND customer_id = $2 RETURNING card_id)"
            + " UPDATE gift_cards.cards c SET version = c.version + 1, updated_at = $3"
            + " FROM unlinked u WHERE c.tenant_id = $1 AND c.id = u.card_id")
        .execute(Tuple.of(tenantId, customerId, Rows.param(at)))
        .map(RowSet::rowCount);
  }

  /**
   * How many cards the customer is linked to (the links archiving removes), and the spendable
   * balance of those cards on the restaurant's date {@code today}.
   */
  Future<CustomerCards> customerCards(SqlClient sql, UUID tenantId, UUID customerId, LocalDate today) {
    return sql.preparedQuery("SELECT count(*) AS linked, coalesce(sum(c.balance) FILTER (WHERE c.state = 'ACTIVE'"
            + " AND (c.expires_on IS NULL OR c.expires_on >= $3)), 0)::bigint AS spendable"
            + " FROM gift_cards.card_customers l JOIN gift_cards.cards c ON c.tenant_id = l.tenant_id AND c.id = l.card_id"
            + " WHERE l.tenant_id = $1 AND l.customer_id = $2")
        .execute(Tuple.of(tenantId, customerId, today))
        .map(rows -> {
          Row row = rows.iterator().next();
          return new CustomerCards(row.getLong("linked"), row.getLong("spendable"));
        });
  }

  /**
   * Serialises linking and archiving of one customer for the rest of the transaction. Without it a
   * link could read the customer, the archive could remove the customer's links and commit, and
   * the link commit after it: a link to an archived customer. Taken before any card lock, by both.
   */
  Future<Void> lockCustomer(SqlClient transaction, UUID tenantId, UUID customerId) {
    return transaction.preparedQuery("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))")
        .execute(Tuple.of("gift-cards:customer:" + tenantId + ":" + customerId))
        .mapEmpty();
  }

  /** Number of cards and their balances per state (every state, zero when it has no card). */
  Future<Map<CardState, LiabilityReport.Line>> liability(SqlClient sql, UUID tenantId) {
    return sql.preparedQuery("SELECT state, count(*) AS cards, sum(balance)::bigint AS balance"
            + " FROM gift_cards.cards WHERE tenant_id = $1 GROUP BY state")
        .execute(Tuple.of(tenantId))
        .map(rows -> {
          Map<CardState, LiabilityReport.Line> lines = new EnumMap<>(CardState.class);
          for (CardState state : CardState.values()) {
            lines.put(state, new LiabilityReport.Line(0, 0));
          }
          rows.forEach(row -> lines.put(CardState.valueOf(row.getString("state")),
              new LiabilityReport.Line(row.getLong("cards"), row.getLong("balance"))));
          return lines;
        });
  }

  private static Card single(RowSet<Row> rows) {
    return rows.size() == 0 ? null : map(rows.iterator().next());
  }

  private static Card map(Row row) {
    UUID[] customers = row.getArrayOfUUIDs("customer_ids");
    return new Card(row.getUUID("id"), row.getString("masked_code"), CardType.valueOf(row.getString("type")),
        CardState.valueOf(row.getString("state")), row.getLong("balance"), row.getString("currency"),
        row.getLocalDate("expires_on"), customers == null ? List.of() : Arrays.asList(customers),
        row.getLong("version"), Rows.instant(row, "created_at"), Rows.instant(row, "updated_at"));
  }
}
