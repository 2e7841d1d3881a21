package dev.patron.api.plugin;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * Contributes parts of the back office, as {@link RouteContributor} contributes routes: sections of
 * the customer page and settings pages, each a custom element defined by a JavaScript module served
 * from the plugin's own jar ({@link BackOfficePart}). The host reads the parts once, when the plugin
 * starts, and refuses a plugin whose parts are malformed or whose modules are missing.
 *
 * <p>A module imports what the back office shares, at stable addresses: {@code lit} (the component
 * library, through the page's import map) and {@code /ui/app/sdk.js} ({@code PatronElement}, the
 * API client {@code call}/{@code get} that sends the session's CSRF token, {@code money} and {@code
 * date} formatting). It calls the plugin's routes under {@code /api/v1/plugins/<pluginId>/} like any
 * client, with the signed-in person's session and role.
 *
 * @since 2.3.0
 */
public interface BackOfficeContributor extends ExtensionPoint {

  List<BackOfficePart> parts();
}
