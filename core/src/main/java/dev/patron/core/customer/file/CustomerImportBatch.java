package dev.patron.core.customer.file;

import dev.patron.api.customer.Customer;
import dev.patron.api.problem.FieldError;
import dev.patron.api.problem.ProblemException;
import dev.patron.core.customer.CustomerDraft;
import dev.patron.core.customer.CustomerJson;
import dev.patron.core.customer.CustomerReader;
import dev.patron.core.customer.CustomerRepository;
import dev.patron.core.customer.CustomerService;
import dev.patron.core.tenant.TenantContext;
import dev.patron.kit.jobs.RowOutcome;
import dev.patron.kit.jobs.SourceRow;
import dev.patron.kit.json.MergePatch;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Applies a batch of an import's rows in the job's transaction, with the same rules as single
 * writes: each row is read by {@link CustomerReader} (an update: the row merged onto the customer
 * it matched, as a merge patch), and written through {@link CustomerService}, so plugins' hooks,
 * search terms and outbox events are those of any create or update — but the batch's creates share
 * one insert per table.
 *
 * <ol>
 *   <li>one query finds the customers the rows match (by referenceId or email);
 *   <li>each row is planned: create, update a customer, or update the customer an earlier row of
 *       the batch creates; or rejected (invalid, a duplicate in create-only mode, an ambiguous
 *       email) — a rejected row writes nothing;
 *   <li>the creates in one go, then the updates in file order.
 * </ol>
 *
 * A dry run does all of it inside a savepoint it rolls back, so its counts and errors are those a
 * real run would have had at that point; nothing stays. A failure while writing (a plugin's veto,
 * a referenceId taken meanwhile) fails the batch, and the job machinery applies its rows one by
 * one, rejecting only the row at fault.
 */
final class CustomerImportBatch {

  private enum Action { CREATE, UPDATE, UPDATE_EARLIER, REJECT }

  /** One row on its way through the batch. */
  private static final class Planned {
    final SourceRow row;
    final JsonObject document;
    final List<FieldError> errors = new ArrayList<>();
    Action action;
    CustomerDraft draft;
    Customer target;
    int earlier = -1;
    UUID createdId;
    String label;

    Planned(SourceRow row) {
      this.row = row;
      this.document = (JsonObject) row.parsed();
    }

    void reject(String field, String message) {
      errors.add(new FieldError(field, message));
      action = Action.REJECT;
    }
  }

  private final CustomerService customers;
  private final CustomerRepository repository = new CustomerRepository();

  CustomerImportBatch(CustomerService customers) {
    this.customers = customers;
  }

  Future<List<RowOutcome>> apply(SqlConnection tx, TenantContext context, ImportOptions options, List<SourceRow> rows) {
    List<Planned> batch = rows.stream().map(Planned::new).toList();
    Set<String> references = new LinkedHashSet<>();
    Set<String> emails = new LinkedHashSet<>();
    for (Planned planned : batch) {
      String reference = reference(planned.document);
      String email = email(planned.document);
      if (reference != null && options.match() != MatchMode.EMAIL) {
        references.add(reference);
      }
      if (email != null && options.match() != MatchMode.REFERENCE_ID) {
        emails.add(email);
      }
    }
    UUID tenantId = context.tenant().id();
    Future<List<Customer>> matching = references.isEmpty() && emails.isEmpty()
        ? Future.succeededFuture(List.of())
        : repository.findMatching(tx, tenantId, references, emails);
    return matching.compose(found -> {
      plan(batch, options.match(), found, context);
      if (!options.dryRun()) {
        return write(tx, context, batch);
      }
      return tx.query("SAVEPOINT dry_run").execute()
          .compose(v -> write(tx, context, batch))
          .compose(v -> tx.query("ROLLBACK TO SAVEPOINT dry_run").execute())
          .mapEmpty();
    }).map(v -> batch.stream()
        .map(planned -> planned.action == Action.REJECT ? RowOutcome.rejected(planned.errors)
            : RowOutcome.counted(planned.label))
        .toList());
  }

  /** Decides what each row does, and reads each create and direct update as the API would. */
  private static void plan(List<Planned> batch, MatchMode match, List<Customer> found, TenantContext context) {
    Map<String, Customer> byReference = new HashMap<>();
    Map<String, List<Customer>> byEmail = new HashMap<>();
    for (Customer customer : found) {
      if (customer.referenceId() != null) {
        byReference.put(customer.referenceId(), customer);
      }
      if (customer.email() != null) {
        byEmail.computeIfAbsent(customer.email().toLowerCase(Locale.ROOT), e -> new ArrayList<>()).add(customer);
      }
    }
    Map<String, Integer> referencesHere = new HashMap<>();
    Map<String, Integer> emailsHere = new HashMap<>();
    for (int i = 0; i < batch.size(); i++) {
      Planned planned = batch.get(i);
      String reference = reference(planned.document);
      String email = email(planned.document);
      switch (match) {
        case NONE -> planCreateOnly(planned, reference, email, byReference, byEmail, batch, referencesHere, emailsHere);
        case REFERENCE_ID -> planMatched(planned, reference, reference == null ? null : byReference.get(reference), referencesHere, batch);
        case EMAIL -> {
          List<Customer> same = email == null ? List.of() : byEmail.getOrDefault(email, List.of());
          if (same.size() > 1) {
            planned.reject("email", "matches " + same.size() + " customers; match by referenceId instead");
          } else {
            planMatched(planned, email, same.isEmpty() ? null : same.get(0), emailsHere, batch);
          }
        }
        default -> throw new IllegalStateException("no plan for " + match);
      }
      if (reference != null) {
        referencesHere.putIfAbsent(reference, i);
      }
      if (email != null) {
        emailsHere.putIfAbsent(email, i);
      }
      read(planned, context);
    }
  }

  private static void planMatched(Planned planned, String key, Customer existing, Map<String, Integer> keysHere,
      List<Planned> batch) {
    Integer earlier = key == null ? null : keysHere.get(key);
    if (earlier != null && batch.get(earlier).action != Action.REJECT) {
      planned.action = Action.UPDATE_EARLIER;
      planned.earlier = earlier;
    } else if (existing != null) {
      planned.action = Action.UPDATE;
      planned.target = existing;
    } else {
      planned.action = Action.CREATE;
    }
  }

  private static void planCreateOnly(Planned planned, String reference, String email, Map<String, Customer> byReference,
      Map<String, List<Customer>> byEmail, List<Planned> batch, Map<String, Integer> referencesHere,
      Map<String, Integer> emailsHere) {
    planned.action = Action.CREATE;
    if (reference != null && byReference.containsKey(reference)) {
      planned.reject("referenceId", "customer " + byReference.get(reference).id() + " has this referenceId already");
    } else if (reference != null && referencesHere.containsKey(reference)) {
      planned.reject("referenceId", "is in the file before, in row " + batch.get(referencesHere.get(reference)).row.number());
    }
    if (email != null && byEmail.containsKey(email)) {
      planned.reject("email", "customer " + byEmail.get(email).get(0).id() + " has this email already");
    } else if (email != null && emailsHere.containsKey(email)) {
      planned.reject("email", "is in the file before, in row " + batch.get(emailsHere.get(email)).row.number());
    }
  }

  /** A create is read as a new customer; an update as the row merged onto the customer it matched. */
  private static void read(Planned planned, TenantContext context) {
    try {
      if (planned.action == Action.CREATE) {
        planned.draft = CustomerReader.read(planned.document, context);
      } else if (planned.action == Action.UPDATE) {
        JsonObject current = CustomerJson.writable(planned.target, context.visibleExtensions(planned.target.extensions()));
        CustomerReader.read(MergePatch.apply(current, planned.document), context);
      }
    } catch (ProblemException e) {
      planned.action = Action.REJECT;
      planned.errors.addAll(e.problem().errors().isEmpty()
          ? List.of(new FieldError("row", String.valueOf(e.problem().detail())))
          : e.problem().errors());
    }
  }

  /** The creates in one go, then each update in file order. */
  private Future<Void> write(SqlConnection tx, TenantContext context, List<Planned> batch) {
    List<Planned> creates = batch.stream().filter(planned -> planned.action == Action.CREATE).toList();
    Future<Void> created = creates.isEmpty()
        ? Future.succeededFuture()
        : customers.createAll(tx, context, creates.stream().map(planned -> planned.draft).toList()).map(made -> {
          for (int i = 0; i < creates.size(); i++) {
            creates.get(i).createdId = made.get(i).id();
            creates.get(i).label = CustomerImports.CREATED;
          }
          return null;
        });
    Map<UUID, Long> versions = new HashMap<>();
    Future<Void> updated = created;
    for (Planned planned : batch) {
      if (planned.action != Action.UPDATE && planned.action != Action.UPDATE_EARLIER) {
        continue;
      }
      updated = updated.compose(v -> {
        Planned first = planned.action == Action.UPDATE_EARLIER ? root(batch, planned) : planned;
        UUID id = first.target != null ? first.target.id() : first.createdId;
        long before = versions.getOrDefault(id, first.target != null ? first.target.version() : 1L);
        return customers.update(tx, context, id, planned.document).map(after -> {
          versions.put(id, after.version());
          planned.label = after.version() == before ? CustomerImports.UNCHANGED : CustomerImports.UPDATED;
          return null;
        });
      });
    }
    return updated;
  }

  /** The row of the batch that first named the customer an {@code UPDATE_EARLIER} row updates. */
  private static Planned root(List<Planned> batch, Planned planned) {
    Planned first = planned;
    while (first.action == Action.UPDATE_EARLIER) {
      first = batch.get(first.earlier);
    }
    return first;
  }

  private static String reference(JsonObject document) {
    return document.getValue("referenceId") instanceof String text && !text.isBlank() ? text.strip() : null;
  }

  private static String email(JsonObject document) {
    return document.getValue("email") instanceof String text && !text.isBlank()
        ? text.strip().toLowerCase(Locale.ROOT)
        : null;
  }
}
