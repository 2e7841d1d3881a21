package dev.patron.plugins.invoicing.charge;

import dev.patron.api.plugin.ApiResponse;
import dev.patron.kit.page.Page;
import dev.patron.kit.http.Versions;
import dev.patron.api.money.Money;
import dev.patron.api.plugin.PluginContext;
import dev.patron.api.problem.Problem;
import dev.patron.api.problem.Problems;
import dev.patron.kit.sql.PgErrors;
import dev.patron.kit.sql.Rows;
import dev.patron.api.tenant.Tenant;
import dev.patron.plugins.invoicing.account.AccountRepository;
import dev.patron.plugins.invoicing.account.AccountService;
import dev.patron.plugins.invoicing.account.Balance;
import dev.patron.plugins.invoicing.account.BalanceRepository;
import dev.patron.plugins.invoicing.account.BillingAccount;
import dev.patron.plugins.invoicing.support.MoneyText;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Putting orders on a customer's account. A charge needs billing enabled, fits within the credit
 * limit, and carries an order reference used once per tenant, so a retried POS request never bills
 * twice. The account row is locked while a charge is checked and written: concurrent charges take
 * turns and cannot pass the limit together. A pending charge can be cancelled, never deleted.
 */
public final class ChargeService {

  public static final String PATH = "/api/v1/plugins/invoicing/charges/";

  private final PluginContext context;
  private final AccountService accountService;
  private final Clock clock;
  private final ChargeRepository charges = new ChargeRepository();
  private final AccountRepository accounts = new AccountRepository();
  private final BalanceRepository balances = new BalanceRepository();

  public ChargeService(PluginContext context, AccountService accountService, Clock clock) {
    this.context = context;
    this.accountService = accountService;
    this.clock = clock;
  }

  /** Records a charge: 201, or a replay for a repeated {@code Idempotency-Key}. */
  public Future<ApiResponse> create(Tenant tenant, UUID customerId, ChargeDraft draft, String idempotencyKey,
      JsonObject body) {
    JsonObject request = new JsonObject().put("customerId", customerId.toString()).put("body", body);
    return context.idempotency().run(tenant, "charges.create", idempotencyKey, request,
        tx -> record(tx, tenant, customerId, draft).map(charge -> ApiResponse
            .created(PATH + charge.id(), charge.toJson(tenant.currency()))
            .withHeader("ETag", Versions.etag(charge.version()))));
  }

  private Future<Charge> record(SqlConnection tx, Tenant tenant, UUID customerId, ChargeDraft draft) {
    UUID tenantId = tenant.id();
    return accounts.lock(tx, tenantId, customerId)
        .compose(account -> billable(tx, tenant, customerId, account))
        .compose(account -> balances.balance(tx, tenantId, customerId).map(balance -> {
          checkCreditLimit(balance, account, draft.amount(), tenant.currency());
          return account;
        }))
        .compose(account -> {
          Instant now = Rows.now(clock);
          Instant occurredAt = draft.occurredAt() == null ? now : draft.occurredAt();
          Charge charge = new Charge(UUID.randomUUID(), customerId, draft.amount(), draft.description(),
              draft.orderReference(), occurredAt, null, null, null, 1, now, now, draft.lines());
          return charges.insert(tx, tenantId, charge)
              .recover(error -> Future.failedFuture(orderReferenceTaken(error, draft.orderReference())))
              .map(charge);
        });
  }

  /** The account if billing is on; 404 for an unknown customer, 422 when billing is off. */
  private Future<BillingAccount> billable(SqlConnection tx, Tenant tenant, UUID customerId, BillingAccount account) {
    if (account != null && account.settings().billingEnabled()) {
      return Future.succeededFuture(account);
    }
    return context.customers().find(tx, tenant, customerId).map(customer -> {
      if (customer == null) {
        throw Problems.notFound("No customer with id " + customerId + ".");
      }
      throw Problems.unprocessable("billing-disabled", "Customer " + customerId
          + " cannot order on account: billing is not enabled for them (PUT .../customers/" + customerId
          + "/account with billingEnabled true).");
    });
  }

  private static void checkCreditLimit(Balance balance, BillingAccount account, long amount, String currency) {
    Long limit = account.settings().creditLimit();
    if (!balance.allows(amount, limit)) {
      throw Problem.of(422, "credit-limit-exceeded", "The request cannot be carried out",
              "This charge of " + MoneyText.format(amount, currency) + " would take the customer's balance of "
                  + MoneyText.format(balance.total(), currency) + " past the credit limit of "
                  + MoneyText.format(limit, currency) + ".")
          .with("balance", Money.toJson(balance.total(), currency))
          .with("creditLimit", Money.toJson(limit, currency))
          .with("available", Money.toJson(balance.creditAvailable(limit), currency))
          .toException();
    }
  }

  private static Throwable orderReferenceTaken(Throwable error, String orderReference) {
    if (PgErrors.isUniqueViolation(error, ChargeRepository.ORDER_REFERENCE_KEY)) {
      return Problem.of(409, "order-reference-taken", "Conflict",
              "A charge with orderReference '" + orderReference + "' already exists; the order was billed.")
          .with("orderReference", orderReference)
          .toException();
    }
    return error;
  }

  /**
   * Cancels a pending charge, which stays as the record of it with {@code reason}: 200 with the
   * charge, or a replay for a repeated {@code Idempotency-Key}. Cancelling a cancelled charge
   * changes nothing; an invoiced charge is a 422 (void its invoice first). {@code expectedVersion}
   * (nullable) is If-Match. Only the charge is locked: a cancel only lowers what the customer owes,
   * so it needs neither the account lock of the credit limit nor the archive's.
   */
  public Future<ApiResponse> cancel(Tenant tenant, UUID chargeId, ChargeCancellation cancellation,
      Long expectedVersion, String idempotencyKey, JsonObject body) {
    JsonObject request = new JsonObject().put("chargeId", chargeId.toString()).put("body", body);
    return context.idempotency().run(tenant, "charges.cancel", idempotencyKey, request,
        tx -> cancel(tx, tenant.id(), chargeId, cancellation, expectedVersion).map(charge -> ApiResponse
            .of(200, charge.toJson(tenant.currency()))
            .withHeader("ETag", Versions.etag(charge.version()))));
  }

  private Future<Charge> cancel(SqlConnection tx, UUID tenantId, UUID chargeId, ChargeCancellation cancellation,
      Long expectedVersion) {
    return charges.lock(tx, tenantId, chargeId).compose(charge -> {
      orNotFound(charge, chargeId);
      if (expectedVersion != null && expectedVersion != charge.version()) {
        throw Problems.preconditionFailed("Charge " + chargeId + " is at version " + charge.version() + ", not "
            + expectedVersion + "; read it again.");
      }
      return switch (charge.status()) {
        case CANCELLED -> Future.succeededFuture(charge);
        case INVOICED -> Future.failedFuture(invoiced(charge));
        case PENDING -> charges.cancel(tx, tenantId, chargeId, cancellation.reason(), Rows.now(clock));
      };
    });
  }

  private static Throwable invoiced(Charge charge) {
    return Problem.of(422, "charge-invoiced", "The request cannot be carried out", "Charge " + charge.id()
            + " is billed on invoice " + charge.invoiceId() + " and cannot be cancelled; void the invoice first,"
            + " which makes its charges pending again.")
        .with("invoiceId", charge.invoiceId().toString())
        .toException();
  }

  public Future<Charge> get(Tenant tenant, UUID chargeId) {
    return charges.find(context.client(), tenant.id(), chargeId).map(charge -> orNotFound(charge, chargeId));
  }

  private static Charge orNotFound(Charge charge, UUID chargeId) {
    if (charge == null) {
      throw Problems.notFound("No charge with id " + chargeId + ".");
    }
    return charge;
  }

  public Future<Page<Charge>> list(Tenant tenant, UUID customerId, ChargeListQuery query) {
    return accountService.requireCustomer(tenant, customerId)
        .compose(customer -> charges.list(context.client(), tenant.id(), customerId, query));
  }
}
