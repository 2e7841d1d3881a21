package dev.patron.plugins.invoicing.account;

import dev.patron.api.money.Money;
import dev.patron.api.plugin.ArchivePreview;
import dev.patron.api.plugin.CustomerArchival;
import dev.patron.api.problem.Problem;
import dev.patron.kit.sql.Rows;
import dev.patron.plugins.invoicing.credit.CreditNoteRepository;
import dev.patron.plugins.invoicing.invoice.InvoiceRepository;
import io.vertx.core.Future;
import java.time.Clock;
import java.util.UUID;

/**
 * What archiving a customer means here. A customer who still owes money (pending charges or an
 * unpaid invoice) cannot be archived: the veto names the amount. Otherwise the billing account
 * goes, and the customer's invoices stay — accounting records must — with the billing details
 * replaced by a placeholder; numbers and amounts are kept. {@link #preview} says so beforehand,
 * from the same balance and the same rows.
 *
 * <p>Runs also for tenants that disabled the plugin since, so it needs no configuration.
 */
public final class CustomerArchiving {

  private final AccountRepository accounts = new AccountRepository();
  private final BalanceRepository balances = new BalanceRepository();
  private final InvoiceRepository invoices = new InvoiceRepository();
  private final CreditNoteRepository creditNotes = new CreditNoteRepository();
  private final Clock clock;

  public CustomerArchiving(Clock clock) {
    this.clock = clock;
  }

  public Future<Void> apply(CustomerArchival archival) {
    UUID tenantId = archival.tenant().id();
    UUID customerId = archival.customer().id();
    String currency = archival.tenant().currency();
    // The account lock makes a concurrent charge either finish first (and be counted below) or
    // find the account gone.
    return accounts.lock(archival.sql(), tenantId, customerId)
        .compose(account -> balances.balance(archival.sql(), tenantId, customerId))
        .compose(balance -> {
          if (!balance.isSettled()) {
            throw openBalance(balance, currency).toException();
          }
          return accounts.delete(archival.sql(), tenantId, customerId)
              .compose(v -> invoices.anonymise(archival.sql(), tenantId, customerId, Rows.now(clock)))
              .compose(v -> creditNotes.anonymise(archival.sql(), tenantId, customerId))
              .<Void>mapEmpty();
        });
  }

  /** What {@link #apply} would do now: the same veto, or the account it removes and the invoices it rewrites. */
  public Future<ArchivePreview> preview(CustomerArchival archival) {
    UUID tenantId = archival.tenant().id();
    UUID customerId = archival.customer().id();
    return balances.balance(archival.sql(), tenantId, customerId).compose(balance -> {
      if (!balance.isSettled()) {
        return Future.succeededFuture(ArchivePreview.vetoed(openBalance(balance, archival.tenant().currency())));
      }
      return accounts.find(archival.sql(), tenantId, customerId).compose(account ->
          invoices.countForCustomer(archival.sql(), tenantId, customerId).map(count -> ArchivePreview.nothing()
              .deleting("billing-account", account == null ? 0 : 1,
                  "Removes the billing account (billing on account and the credit limit).")
              .anonymising("invoice", count, count + (count == 1 ? " invoice keeps its" : " invoices keep their")
                  + " number, lines and amounts, and loses the customer's name, company, tax id, email and address.")));
    });
  }

  private static Problem openBalance(Balance balance, String currency) {
    return Problem.of(409, "open-balance", "The customer has an open balance",
            "The customer still owes " + balance.describe(currency) + "; invoice and settle it before archiving.")
        .with("openAmount", Money.toJson(balance.total(), currency));
  }
}
