package dev.patron.core.customer;

import dev.patron.api.customer.Customer;
import dev.patron.kit.json.JsonInput;
import dev.patron.api.problem.Problem;
import dev.patron.api.problem.ProblemException;
import dev.patron.api.problem.Problems;
import dev.patron.core.tenant.TenantContext;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bulk import: many customers in one request, each written on its own (own transaction, hooks,
 * event) so one bad row does not sink the others. A row whose {@code referenceId} names an
 * existing customer updates it as a merge patch; any other row creates a customer.
 */
public final class CustomerImport {

  public static final int MAX_ROWS = 500;
  private static final Logger log = LoggerFactory.getLogger(CustomerImport.class);

  /** What became of one row. */
  public record Outcome(int index, Result result, Customer customer, Problem problem) {

    public JsonObject toJson(TenantContext context) {
      JsonObject json = new JsonObject().put("index", index).put("result", result.name().toLowerCase());
      if (customer != null) {
        json.put("customer", CustomerService.toJson(customer, context));
      }
      if (problem != null) {
        json.put("problem", problem.toJson());
      }
      return json;
    }
  }

  /** A row's fate. */
  public enum Result { CREATED, UPDATED, UNCHANGED, FAILED }

  private final Pool pool;
  private final CustomerService customers;
  private final CustomerRepository repository = new CustomerRepository();

  public CustomerImport(Pool pool, CustomerService customers) {
    this.pool = pool;
    this.customers = customers;
  }

  /** The rows of a request body {@code {"customers": [...]}}; a 400 when missing or too many. */
  public static JsonArray rows(JsonObject body) {
    JsonInput in = JsonInput.of(body).allow("customers");
    Object rows = body.getValue("customers");
    JsonArray array = rows instanceof JsonArray given ? given : null;
    if (array == null || array.isEmpty()) {
      in.error("customers", "must be a non-empty array of customers");
    } else if (array.size() > MAX_ROWS) {
      in.error("customers", "must have at most " + MAX_ROWS + " entries; split the import");
    }
    in.rejectUnknownFields();
    in.throwIfInvalid();
    return array;
  }

  /** How many rows had each result. */
  public static JsonObject summary(List<Outcome> outcomes) {
    JsonObject summary = new JsonObject();
    for (Result result : Result.values()) {
      summary.put(result.name().toLowerCase(), outcomes.stream().filter(o -> o.result() == result).count());
    }
    return summary;
  }

  /** Imports the rows one after another, in order. */
  public Future<List<Outcome>> run(TenantContext context, JsonArray rows) {
    List<Outcome> outcomes = new ArrayList<>();
    Future<Void> chain = Future.succeededFuture();
    for (int i = 0; i < rows.size(); i++) {
      int index = i;
      Object row = rows.getValue(i);
      chain = chain.compose(v -> one(context, index, row).map(outcome -> {
        outcomes.add(outcome);
        return null;
      }));
    }
    return chain.map(outcomes);
  }

  private Future<Outcome> one(TenantContext context, int index, Object row) {
    if (!(row instanceof JsonObject document)) {
      return Future.succeededFuture(failed(index, Problems.badRequest("Each customer must be a JSON object.")));
    }
    Object reference = document.getValue("referenceId");
    UUID tenantId = context.tenant().id();
    return pool.<Outcome>withTransaction(tx -> {
      if (!(reference instanceof String ref) || ref.isBlank()) {
        return create(tx, context, index, document);
      }
      return repository.findByReference(tx, tenantId, ref.strip()).compose(existing -> existing == null
          ? create(tx, context, index, document)
          : customers.update(tx, context, existing.id(), document).map(updated -> new Outcome(index,
              updated.version() == existing.version() ? Result.UNCHANGED : Result.UPDATED, updated, null)));
    }).recover(error -> Future.succeededFuture(failed(index, error)));
  }

  private Future<Outcome> create(SqlConnection tx, TenantContext context, int index,
      JsonObject document) {
    return Future.<Void>succeededFuture()
        .compose(v -> customers.create(tx, context, CustomerReader.read(document, context)))
        .map(created -> new Outcome(index, Result.CREATED, created, null));
  }

  private static Outcome failed(int index, Throwable error) {
    if (error instanceof ProblemException problem) {
      return new Outcome(index, Result.FAILED, null, problem.problem());
    }
    log.error("Importing customer row {} failed", index, error);
    return new Outcome(index, Result.FAILED, null,
        Problem.of(500, "internal", "Internal server error", "This row could not be imported; nothing of it was saved."));
  }
}
