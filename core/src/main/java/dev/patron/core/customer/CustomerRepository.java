package dev.patron.core.customer;

import dev.patron.api.customer.Customer;
import dev.patron.kit.page.PageRequest;
import dev.patron.kit.page.Page;
import dev.patron.kit.sql.Rows;
import dev.patron.kit.sql.SqlParams;
import dev.patron.core.tenant.ByTenant;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/** SQL for customers and their search terms; every statement is scoped by tenant. */
public final class CustomerRepository {

  /** The unique index whose violation means a duplicate {@code referenceId}. */
  public static final String REFERENCE_ID_INDEX = "customers_reference_id_key";

  /**
   * Many customers of one tenant ($1) in one statement; an id spent by an archived customer is not
   * inserted. The tenant is one parameter, not a value per row, so on a distributed database the
   * statement goes to that tenant's node alone. OFFSET 0 keeps the check a probe of the archive's
   * key per row: as an anti-join the planner would hash the whole archive for every insert.
   */
  private static final String INSERT = "INSERT INTO patron.customers (" + CustomerRows.COLUMNS + ")"
      + " SELECT $1, " + CustomerRows.COLUMNS.substring("tenant_id, ".length())
      + " FROM json_populate_recordset(NULL::patron.customers, $2::json) r"
      + " WHERE NOT EXISTS (SELECT 1 FROM patron.archived_customers a WHERE a.tenant_id = $1 AND a.id = r.id"
      + " OFFSET 0)";
  private static final String INSERT_TERMS = "INSERT INTO patron.customer_search_terms (tenant_id, term, customer_id)"
      + " SELECT $1, term, customer_id FROM unnest($2::text[], $3::uuid[]) AS t (term, customer_id)";
  private static final String UPDATE = "UPDATE patron.customers SET reference_id = $3, first_name = $4, last_name = $5,"
      + " email = $6, company = $7, tax_id = $8, language = $9, primary_phone = $10, primary_phone_e164 = $11,"
      + " secondary_phone = $12, secondary_phone_e164 = $13, email_notifications = $14, notes = $15,"
      + " primary_address = $16, secondary_address = $17, extensions = $18, sort_name = $19, version = $20,"
      + " created_at = $21, updated_at = $22 WHERE tenant_id = $1 AND id = $2";
  private static final String FIND = "SELECT " + CustomerRows.COLUMNS + " FROM patron.customers WHERE tenant_id = $1 AND id = $2";
  /** The distinct (plugin, field) pairs of the tenant's customers' extensions, for the plugins in $2. */
  private static final String EXTENSION_FIELDS = "SELECT DISTINCT e.key AS plugin_id, f.field FROM patron.customers c"
      + " CROSS JOIN LATERAL jsonb_each(c.extensions) e"
      + " CROSS JOIN LATERAL jsonb_object_keys(CASE WHEN jsonb_typeof(e.value) = 'object' THEN e.value"
      + " ELSE '{}'::jsonb END) f(field)"
      + " WHERE c.tenant_id = $1 AND e.key = ANY($2)";

  /**
   * Inserts new customers and their search terms, of one tenant or several: two statements per
   * tenant, whatever the number of customers; {@code false} when an id was spent by an archived
   * customer (then the caller rolls back).
   */
  public Future<Boolean> insert(SqlClient sql, List<NewCustomer> created) {
    Future<Boolean> chain = Future.succeededFuture(true);
    for (Map.Entry<UUID, List<NewCustomer>> tenant : ByTenant.group(created, NewCustomer::tenantId).entrySet()) {
      chain = chain.compose(allInserted -> !allInserted ? Future.succeededFuture(false)
          : insertOfTenant(sql, tenant.getKey(), tenant.getValue()));
    }
    return chain;
  }

  private Future<Boolean> insertOfTenant(SqlClient sql, UUID tenantId, List<NewCustomer> created) {
    JsonArray records = new JsonArray();
    created.forEach(c -> records.add(CustomerRows.record(c.tenantId(), c.customer())));
    return sql.preparedQuery(INSERT).execute(Tuple.of(tenantId, records))
        .compose(rows -> rows.rowCount() < created.size()
            ? Future.succeededFuture(false)
            : insertTerms(sql, tenantId, created.stream()
                .map(c -> new Terms(c.customer().id(), SearchTerms.of(c.customer()))).toList())
                .map(true));
  }

  /** A customer about to be created, and its tenant. */
  public record NewCustomer(UUID tenantId, Customer customer) {
  }

  public Future<Void> update(SqlClient sql, UUID tenantId, Customer before, Customer after) {
    Future<?> updated = sql.preparedQuery(UPDATE).execute(CustomerRows.values(tenantId, after));
    List<String> terms = SearchTerms.of(after);
    if (terms.equals(SearchTerms.of(before))) {
      return updated.mapEmpty();
    }
    return updated
        .compose(v -> sql.preparedQuery("DELETE FROM patron.customer_search_terms WHERE tenant_id = $1 AND customer_id = $2")
            .execute(Tuple.of(tenantId, after.id())))
        .compose(v -> insertTerms(sql, tenantId, List.of(new Terms(after.id(), terms))));
  }

  /** One customer's search terms, computed once by the caller. */
  private record Terms(UUID customerId, List<String> terms) {
  }

  private Future<Void> insertTerms(SqlClient sql, UUID tenantId, List<Terms> customers) {
    List<String> terms = new ArrayList<>();
    List<UUID> customerIds = new ArrayList<>();
    for (Terms customer : customers) {
      for (String term : customer.terms()) {
        terms.add(term);
        customerIds.add(customer.customerId());
      }
    }
    return sql.preparedQuery(INSERT_TERMS)
        .execute(Tuple.tuple().addUUID(tenantId).addArrayOfString(terms.toArray(String[]::new))
            .addArrayOfUUID(customerIds.toArray(UUID[]::new)))
        .mapEmpty();
  }

  public Future<Customer> find(SqlClient sql, UUID tenantId, UUID id) {
    return sql.preparedQuery(FIND).execute(Tuple.of(tenantId, id))
        .map(rows -> rows.size() == 0 ? null : CustomerRows.map(rows.iterator().next()));
  }

  /** The tenant's customer with this reference, or {@code null}. */
  public Future<Customer> findByReference(SqlClient sql, UUID tenantId, String referenceId) {
    return sql.preparedQuery("SELECT " + CustomerRows.COLUMNS + " FROM patron.customers WHERE tenant_id = $1 AND reference_id = $2")
        .execute(Tuple.of(tenantId, referenceId))
        .map(rows -> rows.size() == 0 ? null : CustomerRows.map(rows.iterator().next()));
  }

  /**
   * The tenant's customers with one of these references or emails (compared without case), for
   * an import's batch to find the customers its rows update.
   */
  public Future<List<Customer>> findMatching(SqlClient sql, UUID tenantId, Collection<String> referenceIds,
      Collection<String> lowerCaseEmails) {
    return sql.preparedQuery("SELECT " + CustomerRows.COLUMNS + " FROM patron.customers WHERE tenant_id = $1"
            + " AND (reference_id = ANY($2) OR (email IS NOT NULL AND lower(email) = ANY($3)))")
        .execute(Tuple.of(tenantId, referenceIds.toArray(String[]::new), lowerCaseEmails.toArray(String[]::new)))
        .map(rows -> {
          List<Customer> found = new ArrayList<>(rows.size());
          rows.forEach(row -> found.add(CustomerRows.map(row)));
          return found;
        });
  }

  /** Reads and locks the row until the transaction ends, so concurrent writes queue up. */
  public Future<Customer> findForUpdate(SqlClient transaction, UUID tenantId, UUID id) {
    return transaction.preparedQuery(FIND + " FOR UPDATE").execute(Tuple.of(tenantId, id))
        .map(rows -> rows.size() == 0 ? null : CustomerRows.map(rows.iterator().next()));
  }

  /**
   * Deletes the customer and its search terms (no foreign key cascades to them: the archive is
   * their only delete), and records its id as spent.
   */
  public Future<Void> delete(SqlClient transaction, UUID tenantId, UUID id, Instant at) {
    return transaction.preparedQuery("DELETE FROM patron.customer_search_terms WHERE tenant_id = $1 AND customer_id = $2")
        .execute(Tuple.of(tenantId, id))
        .compose(v -> transaction.preparedQuery("DELETE FROM patron.customers WHERE tenant_id = $1 AND id = $2")
            .execute(Tuple.of(tenantId, id)))
        .compose(v -> transaction.preparedQuery(
                "INSERT INTO patron.archived_customers (tenant_id, id, archived_at) VALUES ($1, $2, $3)")
            .execute(Tuple.of(tenantId, id, Rows.param(at))))
        .mapEmpty();
  }

  public Future<Page<Customer>> list(SqlClient sql, UUID tenantId, CustomerListQuery query) {
    return query.query() == null ? browse(sql, tenantId, query) : search(sql, tenantId, query);
  }

  /**
   * The fields the tenant's customers hold in these plugins' extension namespaces: plugin id to
   * field names, both sorted. One pass over the tenant's customers (an export's columns).
   */
  public Future<Map<String, List<String>>> extensionFields(SqlClient sql, UUID tenantId, Collection<String> pluginIds) {
    return sql.preparedQuery(EXTENSION_FIELDS)
        .execute(Tuple.of(tenantId).addArrayOfString(pluginIds.toArray(String[]::new)))
        .map(rows -> {
          Map<String, TreeSet<String>> found = new TreeMap<>();
          rows.forEach(row -> found.computeIfAbsent(row.getString("plugin_id"), id -> new TreeSet<>())
              .add(row.getString("field")));
          Map<String, List<String>> fields = new TreeMap<>();
          found.forEach((pluginId, names) -> fields.put(pluginId, List.copyOf(names)));
          return fields;
        });
  }

  private Future<Page<Customer>> browse(SqlClient sql, UUID tenantId, CustomerListQuery query) {
    SqlParams params = new SqlParams();
    CustomerSort sort = query.sort();
    StringBuilder where = new StringBuilder("tenant_id = ").append(params.add(tenantId));
    filters(query, params, where, "");
    if (query.page().after() != null) {
      checkCursor(query.page().afterString("sort").equals(sort.param()));
      Object key = sort.byTimestamp() ? query.page().afterTimestamp("key") : query.page().afterString("key");
      where.append(" AND (").append(sort.column()).append(", id) ").append(sort.descending() ? "<" : ">")
          .append(" (").append(params.add(key)).append(", ").append(params.add(query.page().afterUuid("id"))).append(')');
    }
    String direction = sort.descending() ? " DESC" : "";
    String sql1 = "SELECT " + CustomerRows.COLUMNS + " FROM patron.customers WHERE " + where
        + " ORDER BY " + sort.column() + direction + ", id" + direction
        + " LIMIT " + params.add(query.page().limit() + 1);
    return sql.preparedQuery(sql1).execute(params.tuple()).map(rows -> {
      List<Customer> customers = new ArrayList<>();
      rows.forEach(row -> customers.add(CustomerRows.map(row)));
      return Page.of(customers, query.page().limit(), c -> new JsonObject()
          .put("sort", sort.param())
          .put("key", sortKey(sort, c))
          .put("id", c.id().toString()));
    });
  }

  /**
   * Walks the search index in term order from the query's prefix; a customer appears once, at
   * the first of its terms that matches (the NOT EXISTS), so pages never repeat anyone.
   */
  private Future<Page<Customer>> search(SqlClient sql, UUID tenantId, CustomerListQuery query) {
    SqlParams params = new SqlParams();
    String tenant = params.add(tenantId);
    String from = params.add(query.query());
    String to = params.add(SearchTerms.upperBound(query.query()));
    StringBuilder where = new StringBuilder("t.tenant_id = ").append(tenant)
        .append(" AND t.term >= ").append(from).append(" AND t.term < ").append(to)
        .append(" AND NOT EXISTS (SELECT 1 FROM patron.customer_search_terms d WHERE d.tenant_id = t.tenant_id")
        .append(" AND d.customer_id = t.customer_id AND d.term >= ").append(from).append(" AND d.term < t.term)");
    filters(query, params, where, "c.");
    if (query.page().after() != null) {
      checkCursor(query.page().afterString("q").equals(query.query()));
      where.append(" AND (t.term, t.customer_id) > (").append(params.add(query.page().afterString("term")))
          .append(", ").append(params.add(query.page().afterUuid("id"))).append(')');
    }
    String statement = "SELECT " + CustomerRows.C_COLUMNS + ", t.term AS matched_term"
        + " FROM patron.customer_search_terms t"
        + " JOIN patron.customers c ON c.tenant_id = t.tenant_id AND c.id = t.customer_id"
        + " WHERE " + where + " ORDER BY t.term, t.customer_id LIMIT " + params.add(query.page().limit() + 1);
    return sql.preparedQuery(statement).execute(params.tuple()).map(rows -> {
      List<Row> matches = new ArrayList<>();
      rows.forEach(matches::add);
      return Page.of(matches, query.page().limit(), row -> new JsonObject()
              .put("q", query.query())
              .put("term", row.getString("matched_term"))
              .put("id", row.getUUID("id").toString()))
          .map(CustomerRows::map);
    });
  }

  private static void filters(CustomerListQuery query, SqlParams params, StringBuilder where, String alias) {
    if (query.email() != null) {
      where.append(" AND lower(").append(alias).append("email) = lower(").append(params.add(query.email())).append(')');
    }
    if (query.referenceId() != null) {
      where.append(" AND ").append(alias).append("reference_id = ").append(params.add(query.referenceId()));
    }
    if (query.updatedSince() != null) {
      where.append(" AND ").append(alias).append("updated_at >= ").append(params.add(Rows.param(query.updatedSince())));
    }
  }

  private static String sortKey(CustomerSort sort, Customer c) {
    return switch (sort.column()) {
      case "created_at" -> Rows.param(c.createdAt()).toString();
      case "updated_at" -> Rows.param(c.updatedAt()).toString();
      default -> SearchTerms.sortName(c);
    };
  }

  private static void checkCursor(boolean matches) {
    if (!matches) {
      throw PageRequest.foreignCursor();
    }
  }
}
