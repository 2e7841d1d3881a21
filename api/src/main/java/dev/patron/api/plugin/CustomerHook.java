package dev.patron.api.plugin;

import io.vertx.core.Future;
import org.pf4j.ExtensionPoint;

/**
 * Runs inside a customer write's database transaction, before it commits, for tenants that enabled
 * the plugin: to validate and store this plugin's extension fields, keep the plugin's tables in
 * step, or veto the write.
 *
 * <p><b>Veto:</b> fail the returned future with a {@link dev.patron.api.problem.ProblemException};
 * the whole write rolls back and the client receives that problem, with a {@code plugin} member
 * naming this plugin. A field error on {@code extensions.<pluginId>.*} gives a 400.
 *
 * <p><b>Order:</b> hooks run one after another, by {@link #order()} then plugin id.
 *
 * <p><b>Time limit:</b> each call has a time limit set by the host (default 2 s). A hook that
 * exceeds it, or fails with anything but a problem, fails the write with a 504 or 502 problem that
 * names the plugin; its SQL client stops working once the call is over.
 *
 * <p>Called on an event loop: never block it.
 */
public interface CustomerHook extends ExtensionPoint {

  /** Lower runs earlier; ties are broken by plugin id. */
  default int order() {
    return 100;
  }

  default Future<Void> beforeCreate(CustomerChange change) {
    return Future.succeededFuture();
  }

  default Future<Void> beforeUpdate(CustomerChange change) {
    return Future.succeededFuture();
  }

  /**
   * Called before a customer is archived: remove what the plugin keeps about the customer, or veto.
   * Archive hooks run for every plugin the tenant has ever enabled, even if it is disabled now,
   * so that no personal data outlives the customer; see {@link CustomerArchival#pluginEnabled()}.
   */
  default Future<Void> beforeArchive(CustomerArchival archival) {
    return Future.succeededFuture();
  }

  /**
   * Says what {@link #beforeArchive} would do to this customer right now, without doing it, for
   * the back office's archive confirmation ({@code GET /api/v1/customers/{id}/archive-preview}).
   *
   * <p>Runs for the same plugins as {@code beforeArchive}, in the same order and with the same time
   * limit, but {@code archival.sql()} is a read-only transaction (repeatable read: every plugin
   * sees the same moment) that the host always rolls back. Write nothing and lock nothing: {@code
   * SELECT ... FOR UPDATE} fails in a read-only transaction. Answer the veto the archive would
   * raise with {@link ArchivePreview#vetoed}, or fail with the same {@link
   * dev.patron.api.problem.ProblemException} {@code beforeArchive} would. Let both read through the
   * same queries, so the preview cannot promise what the archive then does not do.
   *
   * <p>The default answers {@code null}: the plugin does not say. A hook that keeps the default
   * {@code beforeArchive} does nothing on archive and is left out of the preview; one that
   * overrides it but not this method is listed as not described.
   */
  default Future<ArchivePreview> previewArchive(CustomerArchival archival) {
    return Future.succeededFuture();
  }
}
