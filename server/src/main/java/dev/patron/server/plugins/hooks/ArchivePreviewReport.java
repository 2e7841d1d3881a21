package dev.patron.server.plugins.hooks;

import dev.patron.api.plugin.ArchiveEffect;
import dev.patron.api.plugin.ArchivePreview;
import dev.patron.api.problem.Problem;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.UUID;

/**
 * What archiving a customer would do right now, plugin by plugin, in the order the archive runs
 * them; the answer of {@code GET /api/v1/customers/{id}/archive-preview}.
 *
 * @param version the customer's version previewed: {@code DELETE} with {@code If-Match} of it
 *     archives only that version
 */
public record ArchivePreviewReport(UUID customerId, long version, List<Entry> plugins) {

  public ArchivePreviewReport {
    plugins = List.copyOf(plugins);
  }

  /**
   * One plugin's answer.
   *
   * @param enabled whether the tenant has the plugin enabled now (archive also runs for plugins it
   *     disabled since)
   * @param preview what the plugin said, or {@code null} when it does not say or could not answer
   * @param error why the plugin could not answer (a 502 or 504 problem naming it), or {@code null}
   */
  public record Entry(String plugin, boolean enabled, ArchivePreview preview, Problem error) {

    boolean blocks() {
      return error != null || preview != null && preview.isVetoed();
    }

    JsonObject toJson() {
      ArchivePreview said = preview == null ? ArchivePreview.nothing() : preview;
      return new JsonObject()
          .put("plugin", plugin)
          .put("enabled", enabled)
          .put("described", preview != null)
          .put("deletes", effects(said.deletes()))
          .put("anonymises", effects(said.anonymises()))
          .put("veto", said.veto() == null ? null : said.veto().with("plugin", plugin).toJson())
          .put("error", error == null ? null : error.toJson());
    }

    private static JsonArray effects(List<ArchiveEffect> effects) {
      JsonArray json = new JsonArray();
      effects.forEach(e -> json.add(new JsonObject()
          .put("code", e.code()).put("count", e.count()).put("description", e.description())));
      return json;
    }
  }

  /** Whether no plugin would veto and every plugin answered. */
  public boolean allowed() {
    return plugins.stream().noneMatch(Entry::blocks);
  }

  public JsonObject toJson() {
    JsonArray entries = new JsonArray();
    plugins.forEach(entry -> entries.add(entry.toJson()));
    return new JsonObject()
        .put("customerId", customerId.toString())
        .put("version", version)
        .put("allowed", allowed())
        .put("plugins", entries);
  }
}
