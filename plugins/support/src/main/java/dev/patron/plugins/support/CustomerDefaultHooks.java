package dev.patron.plugins.support;

import dev.patron.api.plugin.ArchivePreview;
import dev.patron.api.plugin.CustomerArchival;
import dev.patron.api.plugin.CustomerChange;
import dev.patron.api.plugin.CustomerHook;
import io.vertx.core.Future;
import java.util.UUID;

/**
 * Checks a customer's default when it is written and keeps the mirror table in step, inside the
 * customer write's transaction; forgets the customer when it is archived (and says so in the archive
 * preview). A plugin extends it with a public no-argument constructor and marks the subclass {@code
 * @Extension}.
 *
 * @param <R> the resource type
 */
public class CustomerDefaultHooks<R extends DefaultableResource> implements CustomerHook {

  private final DefaultChoice<R> choice;

  protected CustomerDefaultHooks(DefaultChoice<R> choice) {
    this.choice = choice;
  }

  @Override
  public Future<Void> beforeCreate(CustomerChange change) {
    return write(change);
  }

  @Override
  public Future<Void> beforeUpdate(CustomerChange change) {
    return write(change);
  }

  @Override
  public Future<Void> beforeArchive(CustomerArchival archival) {
    return choice.mirror().remove(archival.sql(), archival.tenant().id(), archival.customer().id());
  }

  /** Reads the mirror row {@link #beforeArchive} removes: the resource stays, only the choice goes. */
  @Override
  public Future<ArchivePreview> previewArchive(CustomerArchival archival) {
    UUID tenantId = archival.tenant().id();
    String noun = choice.problems().noun();
    return choice.mirror().find(archival.sql(), tenantId, archival.customer().id())
        .compose(id -> id == null ? Future.succeededFuture() : choice.resources().find(archival.sql(), tenantId, id))
        .map(resource -> resource == null ? ArchivePreview.nothing() : ArchivePreview.nothing().deleting(
            "default-" + noun, 1, "Forgets that the customer's default " + noun + " is " + resource.code()
                + "; the " + noun + " itself stays."));
  }

  private Future<Void> write(CustomerChange change) {
    if (!change.extensionChanged()) {
      return Future.succeededFuture();
    }
    DefaultField field = choice.field();
    UUID chosen;
    try {
      chosen = field.read(change.extension());
    } catch (RuntimeException invalid) {
      return Future.failedFuture(invalid);
    }
    UUID tenantId = change.tenant().id();
    UUID customerId = change.after().id();
    change.setExtension(field.namespace(chosen));
    if (chosen == null) {
      return choice.mirror().remove(change.sql(), tenantId, customerId);
    }
    return choice.lockChoosable(change.sql(), tenantId, chosen, field.path())
        .compose(resource -> choice.mirror().put(change.sql(), tenantId, customerId, resource.id()));
  }
}
