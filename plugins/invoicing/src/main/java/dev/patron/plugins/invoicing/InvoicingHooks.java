package dev.patron.plugins.invoicing;

import dev.patron.api.plugin.ArchivePreview;
import dev.patron.api.plugin.CustomerArchival;
import dev.patron.api.plugin.CustomerChange;
import dev.patron.api.plugin.CustomerHook;
import dev.patron.plugins.invoicing.account.AccountMirror;
import dev.patron.plugins.invoicing.account.CustomerArchiving;
import io.vertx.core.Future;
import java.time.Clock;
import org.pf4j.Extension;

/**
 * Customer hooks: {@code extensions.invoicing} is validated and mirrored into the accounts table on
 * create and update; archive is vetoed while the customer owes money, and otherwise removes the
 * account and anonymises the customer's invoices. The archive preview says which it would be.
 */
@Extension
public class InvoicingHooks implements CustomerHook {

  private final AccountMirror mirror = new AccountMirror(Clock.systemUTC());
  private final CustomerArchiving archiving = new CustomerArchiving(Clock.systemUTC());

  @Override
  public Future<Void> beforeCreate(CustomerChange change) {
    return mirror.apply(change);
  }

  @Override
  public Future<Void> beforeUpdate(CustomerChange change) {
    return mirror.apply(change);
  }

  @Override
  public Future<Void> beforeArchive(CustomerArchival archival) {
    return archiving.apply(archival);
  }

  @Override
  public Future<ArchivePreview> previewArchive(CustomerArchival archival) {
    return archiving.preview(archival);
  }
}
