#set( $schema = $pluginId.replace('-', '_') )
package ${package};

import dev.patron.api.plugin.ArchivePreview;
import dev.patron.api.plugin.CustomerArchival;
import dev.patron.api.plugin.CustomerChange;
import dev.patron.api.plugin.CustomerHook;
import dev.patron.api.problem.Problems;
import dev.patron.kit.json.JsonInput;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Tuple;
import org.pf4j.Extension;

/**
 * Runs inside every customer write of a restaurant that enabled the plugin. Validates this plugin's
 * customer field, {@code extensions.${pluginId}} = {@code {"note": "..."}} (at most 200 characters),
 * and forgets what the plugin kept about a customer that is archived.
 */
@Extension
public class NoteHook implements CustomerHook {

  static final String NAMESPACE = "extensions.${pluginId}";

  @Override
  public Future<Void> beforeCreate(CustomerChange change) {
    return validate(change);
  }

  @Override
  public Future<Void> beforeUpdate(CustomerChange change) {
    return validate(change);
  }

  /** Runs in the archive's transaction, for every plugin the restaurant ever enabled. */
  @Override
  public Future<Void> beforeArchive(CustomerArchival archival) {
    return archival.sql()
        .preparedQuery("DELETE FROM ${schema}.customers_seen WHERE tenant_id = $1 AND customer_id = $2")
        .execute(Tuple.of(archival.tenant().id(), archival.customer().id()))
        .mapEmpty();
  }

  /** What {@link #beforeArchive} would delete, for the back office's archive confirmation; writes nothing. */
  @Override
  public Future<ArchivePreview> previewArchive(CustomerArchival archival) {
    return archival.sql()
        .preparedQuery("SELECT count(*) AS seen FROM ${schema}.customers_seen WHERE tenant_id = $1 AND customer_id = $2")
        .execute(Tuple.of(archival.tenant().id(), archival.customer().id()))
        .map(rows -> ArchivePreview.nothing().deleting("customer-seen", rows.iterator().next().getLong("seen"),
            "Forgets that the plugin saw this customer."));
  }

  private Future<Void> validate(CustomerChange change) {
    if (!change.extensionChanged() || change.extension() == null) {
      return Future.succeededFuture();
    }
    JsonInput in = JsonInput.of(change.extension(), NAMESPACE);
    String note = in.string("note", 200);
    in.rejectUnknownFields();
    if (!in.isValid()) {
      // A veto: the write rolls back and the client gets 400 naming extensions.${pluginId}.<field>.
      return Future.failedFuture(Problems.validation(in.errors()));
    }
    change.setExtension(note == null ? null : new JsonObject().put("note", note));
    return Future.succeededFuture();
  }
}
