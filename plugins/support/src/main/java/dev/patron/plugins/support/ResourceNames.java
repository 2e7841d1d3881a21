package dev.patron.plugins.support;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The three names a plugin gives its resource, and every other name the template derives from them
 * by convention, so routes, SQL, events and customer field always agree. For discounts, {@code
 * ("discounts", "discounts", "discount")}: the routes {@code /discounts} and {@code
 * /discounts/:discountId}, the table {@code discounts.discounts} with the unique constraint {@code
 * discounts_code_key}, the customer field {@code extensions.discounts.defaultDiscountId} mirrored in
 * {@code discounts.customer_defaults.discount_id}, and the event {@code discounts.discount.deleted}.
 *
 * @param pluginId the plugin's id, e.g. {@code order-profiles}
 * @param collection the resource's route segment and table name, plural, e.g. {@code profiles}
 * @param noun the resource's name in messages and problem codes, one lower-case word, e.g. {@code profile}
 */
public record ResourceNames(String pluginId, String collection, String noun) {

  private static final Pattern PLUGIN_ID = Pattern.compile("[a-z][a-z0-9-]{1,39}");

  public ResourceNames {
    if (pluginId == null || !PLUGIN_ID.matcher(pluginId).matches()) {
      throw new IllegalArgumentException("Not a plugin id: " + pluginId);
    }
    SqlNames.identifier(collection);
    new ResourceProblems(noun); // checks the noun
  }

  /** The plugin's database schema: its id with '-' as '_'. */
  public String schema() {
    return pluginId.replace('-', '_');
  }

  /** The unique constraint on {@code (tenant_id, code)}, e.g. {@code profiles_code_key}. */
  public String codeKey() {
    return collection + "_code_key";
  }

  /** The collection's route, relative to the plugin's mount point, e.g. {@code /profiles}. */
  public String route() {
    return "/" + collection;
  }

  /** The path parameter naming one resource, e.g. {@code profileId}. */
  public String idParameter() {
    return noun + "Id";
  }

  /** What a created resource's {@code Location} starts with, e.g. {@code /api/v1/plugins/order-profiles/profiles/}. */
  public String locationPrefix() {
    return "/api/v1/plugins/" + pluginId + route() + "/";
  }

  /** The idempotency scope of creating one, e.g. {@code profiles.create}. */
  public String createScope() {
    return collection + ".create";
  }

  /** The event each delete records, e.g. {@code order-profiles.profile.deleted}. */
  public String deletedEvent() {
    return pluginId + "." + noun + ".deleted";
  }

  /** The customer field naming the customer's default, e.g. {@code defaultProfileId}. */
  public String defaultField() {
    return "default" + noun.substring(0, 1).toUpperCase(Locale.ROOT) + noun.substring(1) + "Id";
  }

  /** The mirror table's column with the resource's id, e.g. {@code profile_id}. */
  public String mirrorColumn() {
    return noun + "_id";
  }
}
