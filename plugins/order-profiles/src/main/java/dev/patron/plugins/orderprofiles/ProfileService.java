package dev.patron.plugins.orderprofiles;

import dev.patron.kit.page.Page;
import dev.patron.kit.page.PageRequest;
import dev.patron.kit.json.MergePatch;
import dev.patron.api.plugin.PluginContext;
import dev.patron.api.problem.Problem;
import dev.patron.api.problem.Problems;
import dev.patron.kit.sql.Rows;
import dev.patron.api.tenant.Tenant;
import dev.patron.plugins.support.CustomerDefaults;
import dev.patron.plugins.support.ResourceProblems;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * The profile use cases: create, read, list, change, and which profile applies to a customer.
 * Writes run in one transaction; reads use the pipelined client.
 */
public final class ProfileService {

  private final PluginContext context;
  private final Clock clock;
  private final ProfileRepository profiles = new ProfileRepository();
  private final ProfileResolver resolver = new ProfileResolver();
  private final CustomerDefaults defaults = ProfileKind.MIRROR;
  private final ResourceProblems problems = ProfileKind.PROBLEMS;

  public ProfileService(PluginContext context, Clock clock) {
    this.context = context;
    this.clock = clock;
  }

  /** Creates a profile inside {@code tx} (the caller's, e.g. an idempotent one). */
  public Future<Profile> create(SqlConnection tx, Tenant tenant, ProfileDraft draft) {
    Instant now = Rows.now(clock);
    Profile profile = draft.toProfile(UUID.randomUUID(), 1, now, now);
    return takeTenantDefault(tx, tenant.id(), null, profile)
        .compose(v -> profiles.insert(tx, tenant.id(), profile))
        .recover(error -> Future.failedFuture(codeClash(error, draft)))
        .map(profile);
  }

  public Future<Profile> get(Tenant tenant, UUID id) {
    return profiles.find(context.client(), tenant.id(), id).map(profile -> problems.found(profile, id));
  }

  public Future<Page<Profile>> list(Tenant tenant, PageRequest page) {
    return profiles.list(context.client(), tenant.id(), page);
  }

  /** Applies a JSON merge patch; {@code expectedVersion} (nullable) guards against lost updates. */
  public Future<Profile> update(Tenant tenant, UUID id, JsonObject patch, Long expectedVersion) {
    UUID tenantId = tenant.id();
    return context.pool().withTransaction(tx -> profiles.findForUpdate(tx, tenantId, id).compose(current -> {
      problems.found(current, id);
      problems.checkVersion(current, expectedVersion);
      ProfileDraft draft = ProfileReader.read(MergePatch.apply(current.fields().toJson(), patch));
      if (draft.equals(current.fields())) {
        return Future.succeededFuture(current);
      }
      Profile changed = current.changed(draft, Rows.now(clock));
      return takeTenantDefault(tx, tenantId, current, changed)
          .compose(v -> profiles.update(tx, tenantId, changed))
          .recover(error -> Future.failedFuture(codeClash(error, draft)))
          .map(changed);
    }));
  }

  /** The customers whose default is the profile, a page at a time. */
  public Future<Page<UUID>> customersUsing(Tenant tenant, UUID id, PageRequest page) {
    SqlClient client = context.client();
    return get(tenant, id).compose(profile -> defaults.page(client, tenant.id(), id, page));
  }

  /**
   * The profile to apply at the register: the customer's default while it is active, else the
   * restaurant's default; a 404 when the customer does not exist or no profile applies.
   */
  public Future<Resolution> resolve(Tenant tenant, UUID customerId) {
    SqlClient client = context.client();
    return context.customers().find(client, tenant, customerId).compose(customer -> {
      if (customer == null) {
        throw Problems.notFound("No customer with id " + customerId + ".");
      }
      return resolver.resolve(client, tenant.id(), customer).map(resolution -> {
        if (resolution == null) {
          throw Problem.of(404, "no-profile-applies", "No profile applies",
              "Customer " + customerId + " has no active default profile and the restaurant has no default"
                  + " profile; give the customer a default or mark a profile with tenantDefault: true.")
              .toException();
        }
        return resolution;
      });
    });
  }

  /**
   * When {@code profile} becomes the tenant's default, the previous default stops being one. The
   * advisory lock serialises such changes per tenant, so two at once do not clash on the unique
   * index but happen one after the other.
   */
  private Future<Void> takeTenantDefault(SqlConnection tx, UUID tenantId, Profile before, Profile profile) {
    boolean becomesDefault = profile.fields().tenantDefault() && (before == null || !before.fields().tenantDefault());
    if (!becomesDefault) {
      return Future.succeededFuture();
    }
    return profiles.lockTenantDefault(tx, tenantId)
        .compose(v -> profiles.clearTenantDefault(tx, tenantId, profile.id(), profile.updatedAt()));
  }

  private Throwable codeClash(Throwable error, ProfileDraft draft) {
    return problems.codeClash(error, ProfileRepository.CODE_KEY, draft.code());
  }
}
