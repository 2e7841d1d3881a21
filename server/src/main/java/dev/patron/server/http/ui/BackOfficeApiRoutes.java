package dev.patron.server.http.ui;

import dev.patron.api.plugin.BackOfficePart;
import dev.patron.api.plugin.PluginRequest;
import dev.patron.api.tenant.StaffRole;
import dev.patron.core.tenant.TenantContext;
import dev.patron.kit.http.Responses;
import dev.patron.server.http.Endpoints;
import dev.patron.server.http.auth.TenantAuthHandler;
import dev.patron.server.plugins.LoadedPlugin;
import dev.patron.server.plugins.PluginRegistry;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;

/**
 * {@code GET /api/v1/back-office}: the plugins' parts of the back office this caller may see, for
 * the restaurant's enabled plugins, by slot: the page loads their modules and shows their elements.
 */
public final class BackOfficeApiRoutes {

  private final PluginRegistry registry;

  public BackOfficeApiRoutes(PluginRegistry registry) {
    this.registry = registry;
  }

  public void register(Endpoints tenantApi) {
    tenantApi.get("/back-office", this::parts);
  }

  private Future<?> parts(RoutingContext rc) {
    TenantContext context = TenantAuthHandler.context(rc);
    StaffRole role = rc.get(PluginRequest.ROLE);
    JsonObject slots = new JsonObject();
    for (BackOfficePart.Slot slot : BackOfficePart.Slot.values()) {
      slots.put(slotName(slot), new JsonArray());
    }
    for (LoadedPlugin plugin : registry.plugins()) {
      if (!context.pluginEnabled(plugin.id())) {
        continue;
      }
      for (BackOfficePart part : plugin.backOffice()) {
        if (role.includes(part.role())) {
          slots.getJsonArray(slotName(part.slot())).add(new JsonObject()
              .put("plugin", plugin.id())
              .put("element", part.element())
              .put("module", "/ui/plugins/" + plugin.id() + "/" + part.module() + "?v=" + plugin.version())
              .put("titles", new JsonObject(new java.util.TreeMap<>(part.titles())))
              .put("role", part.role().name()));
        }
      }
    }
    return Responses.ok(rc, slots);
  }

  /** {@code CUSTOMER_SECTION} → {@code customerSections}. */
  static String slotName(BackOfficePart.Slot slot) {
    String[] words = slot.name().toLowerCase(Locale.ROOT).split("_");
    StringBuilder name = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
    }
    return name.append('s').toString();
  }
}
