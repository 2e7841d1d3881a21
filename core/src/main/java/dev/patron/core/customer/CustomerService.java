package dev.patron.core.customer;

import dev.patron.api.customer.Customer;
import dev.patron.api.customer.CustomerEventType;
import dev.patron.kit.json.MergePatch;
import dev.patron.api.problem.FieldError;
import dev.patron.api.problem.Problem;
import dev.patron.api.problem.Problems;
import dev.patron.kit.page.Page;
import dev.patron.kit.sql.GroupCommit;
import dev.patron.kit.sql.PgErrors;
import dev.patron.kit.sql.Rows;
import dev.patron.core.event.Outbox;
import dev.patron.core.idempotency.IdempotencyService;
import dev.patron.core.tenant.TenantContext;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The customer use cases. Every write runs in one transaction with its before-hooks and its
 * outbox event; reads go through the pipelined {@code reader}.
 */
public final class CustomerService {

  private final Pool pool;
  private final SqlClient reader;
  private final CustomerHooks hooks;
  private final IdempotencyService idempotency;
  private final Clock clock;
  private final CustomerRepository customers = new CustomerRepository();
  private final Outbox outbox;
  /** The lane creates share unless their tenant runs plugin hooks on them. */
  private static final Object SHARED_LANE = new Object();

  private final GroupCommit<Create, Customer> creates;

  public CustomerService(Vertx vertx, Pool pool, SqlClient reader, CustomerHooks hooks, IdempotencyService idempotency,
      Outbox outbox, Clock clock) {
    this.pool = pool;
    this.creates = new GroupCommit<>(vertx, batch -> pool.withTransaction(tx -> createAll(tx, batch)),
        create -> pool.withTransaction(tx -> createAll(tx, List.of(create))).map(created -> created.get(0)));
    this.reader = reader;
    this.hooks = hooks;
    this.idempotency = idempotency;
    this.outbox = outbox;
    this.clock = clock;
  }

  /** The representation a tenant sees: only the extension namespaces of its enabled plugins. */
  public static JsonObject toJson(Customer customer, TenantContext context) {
    return CustomerJson.toJson(customer, context.visibleExtensions(customer.extensions()));
  }

  /**
   * Creates a customer in a transaction the host runs, which it may share with concurrent creates
   * ({@link GroupCommit}): the answer is the same as alone, and it comes after the commit. A tenant
   * whose creates run plugin hooks gets a lane of its own, so a slow hook delays only creates that
   * call it anyway.
   */
  public Future<Customer> create(TenantContext context, CustomerDraft draft) {
    Object lane = hooks.runOnWrite(context) ? context.tenant().id() : SHARED_LANE;
    return creates.submit(lane, new Create(context, draft));
  }

  /** One create as the route asked for it. */
  private record Create(TenantContext context, CustomerDraft draft) {
  }

  /** Creates a customer inside {@code transaction} (the caller's, e.g. an idempotent one). */
  public Future<Customer> create(SqlConnection transaction, TenantContext context, CustomerDraft draft) {
    return createAll(transaction, List.of(new Create(context, draft))).map(created -> created.get(0));
  }

  /**
   * Creates customers of one tenant inside the caller's transaction, as concurrent creates share
   * one (an import's batch): their hooks one after another, then one insert per table.
   */
  public Future<List<Customer>> createAll(SqlConnection transaction, TenantContext context, List<CustomerDraft> drafts) {
    return createAll(transaction, drafts.stream().map(draft -> new Create(context, draft)).toList());
  }

  /** Runs the creates' hooks one after another, then inserts them all and their events together. */
  private Future<List<Customer>> createAll(SqlConnection transaction, List<Create> creates) {
    Instant now = Rows.now(clock);
    List<Customer> created = new ArrayList<>(creates.size());
    Future<Void> hooked = Future.succeededFuture();
    for (Create create : creates) {
      hooked = hooked.compose(v -> {
        Customer proposed = create.draft().toCustomer(UUID.randomUUID(), 1, now, now);
        CustomerWrite write = new CustomerWrite(create.context(), transaction, null, proposed);
        return hooks.beforeWrite(write).map(ignored -> {
          created.add(write.after());
          return null;
        });
      });
    }
    return hooked.compose(v -> {
      List<CustomerRepository.NewCustomer> rows = new ArrayList<>(created.size());
      List<Outbox.NewEvent> events = new ArrayList<>(created.size());
      for (int i = 0; i < created.size(); i++) {
        UUID tenantId = creates.get(i).context().tenant().id();
        Customer customer = created.get(i);
        rows.add(new CustomerRepository.NewCustomer(tenantId, customer));
        events.add(new Outbox.NewEvent(tenantId, CustomerEventType.CREATED.wireName(), customer.id(), now,
            CustomerJson.toJson(customer, customer.extensions()), creates.get(i).context().requireActor()));
      }
      return customers.insert(transaction, rows)
          .recover(error -> Future.failedFuture(created.size() == 1 ? referenceClash(error, created.get(0)) : error))
          .compose(inserted -> {
            if (!inserted) {
              throw new IllegalStateException("a random customer id collided with an archived one");
            }
            return outbox.appendAll(transaction, events);
          })
          .map(created);
    });
  }

  public Future<Customer> get(TenantContext context, UUID id) {
    return customers.find(reader, context.tenant().id(), id).map(customer -> orNotFound(customer, id));
  }

  /** A customer, or {@code null}; inside a transaction when {@code sql} is one. */
  public Future<Customer> find(SqlClient sql, TenantContext context, UUID id) {
    return customers.find(sql, context.tenant().id(), id);
  }

  public Future<Page<Customer>> list(TenantContext context, CustomerListQuery query) {
    return customers.list(reader, context.tenant().id(), query);
  }

  /**
   * For each of the tenant's enabled plugins that any of its customers has fields of, those field
   * names (plugins and fields sorted). It reads every customer of the tenant, so it runs on the
   * pool rather than the pipelined reader, where it would hold up the statements queued behind it.
   */
  public Future<Map<String, List<String>>> extensionFields(TenantContext context) {
    if (context.enabledPlugins().isEmpty()) {
      return Future.succeededFuture(Map.of());
    }
    return customers.extensionFields(pool, context.tenant().id(), context.enabledPlugins().keySet());
  }

  /** Applies a JSON merge patch; {@code expectedVersion} (nullable) guards against lost updates. */
  public Future<Customer> update(TenantContext context, UUID id, JsonObject patch, Long expectedVersion) {
    return pool.withTransaction(tx -> change(tx, context, id, expectedVersion, document -> MergePatch.apply(document, patch)));
  }

  /** Applies a JSON merge patch inside the caller's transaction. */
  public Future<Customer> update(SqlConnection transaction, TenantContext context, UUID id, JsonObject patch) {
    return change(transaction, context, id, null, document -> MergePatch.apply(document, patch));
  }

  /** Replaces one plugin's extension namespace, as an ordinary update in the caller's transaction. */
  public Future<Customer> setExtension(SqlConnection transaction, TenantContext context, UUID id, String pluginId,
      JsonObject value) {
    return change(transaction, context, id, null, document -> {
      document.getJsonObject("extensions").put(pluginId, value);
      return document;
    });
  }

  private Future<Customer> change(SqlConnection tx, TenantContext context, UUID id, Long expectedVersion,
      UnaryOperator<JsonObject> edit) {
    UUID tenantId = context.tenant().id();
    return customers.findForUpdate(tx, tenantId, id).compose(current -> {
      orNotFound(current, id);
      checkVersion(current, expectedVersion);
      JsonObject visible = context.visibleExtensions(current.extensions());
      CustomerDraft draft = CustomerReader.read(edit.apply(CustomerJson.writable(current, visible)), context);
      JsonObject extensions = current.extensions().copy();
      visible.fieldNames().forEach(extensions::remove);
      draft.extensions().forEach(entry -> extensions.put(entry.getKey(), entry.getValue()));
      Instant now = Rows.now(clock);
      Customer proposed = draft.toCustomer(id, current.version() + 1, current.createdAt(), now).withExtensions(extensions);
      if (CustomerJson.writable(proposed, extensions).equals(CustomerJson.writable(current, current.extensions()))) {
        return Future.succeededFuture(current);
      }
      CustomerWrite write = new CustomerWrite(context, tx, current, proposed);
      return hooks.beforeWrite(write).compose(v -> {
        Customer after = write.after();
        return customers.update(tx, tenantId, current, after)
            .recover(error -> Future.failedFuture(referenceClash(error, after)))
            .compose(v2 -> outbox.append(tx, tenantId, CustomerEventType.UPDATED, id, now,
                CustomerJson.toJson(after, after.extensions()), context.requireActor()))
            .map(after);
      });
    });
  }

  /**
   * Archives a customer for good: plugins may veto; otherwise the profile, its search terms, the
   * personal data in its earlier events and any stored responses about it are erased.
   */
  public Future<Void> archive(TenantContext context, UUID id, Long expectedVersion) {
    UUID tenantId = context.tenant().id();
    return pool.withTransaction(tx -> customers.findForUpdate(tx, tenantId, id).compose(current -> {
      orNotFound(current, id);
      checkVersion(current, expectedVersion);
      Instant now = Rows.now(clock);
      return hooks.beforeArchive(context, tx, current)
          .compose(v -> customers.delete(tx, tenantId, id, now))
          .compose(v -> outbox.redact(tx, tenantId, id))
          .compose(v -> idempotency.forgetCustomer(tx, tenantId, id))
          .compose(v -> outbox.append(tx, tenantId, CustomerEventType.ARCHIVED, id, now, null, context.requireActor()))
          .mapEmpty();
    }));
  }

  private static Customer orNotFound(Customer customer, UUID id) {
    if (customer == null) {
      throw Problems.notFound("No customer with id " + id + ".");
    }
    return customer;
  }

  private static void checkVersion(Customer current, Long expectedVersion) {
    if (expectedVersion != null && expectedVersion != current.version()) {
      throw Problems.preconditionFailed("The customer is at version " + current.version()
          + ", not " + expectedVersion + "; read it again and reapply your change.");
    }
  }

  private static Throwable referenceClash(Throwable error, Customer customer) {
    if (PgErrors.isUniqueViolation(error, CustomerRepository.REFERENCE_ID_INDEX)) {
      String detail = "Another customer already has referenceId '" + customer.referenceId() + "'.";
      return new Problem(409, "reference-id-taken", "Conflict", detail,
          List.of(new FieldError("referenceId", "is already used by another customer")), Map.of()).toException();
    }
    return error;
  }
}
