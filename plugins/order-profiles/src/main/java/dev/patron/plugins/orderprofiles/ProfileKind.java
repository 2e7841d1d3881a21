package dev.patron.plugins.orderprofiles;

import dev.patron.plugins.support.ChoiceRule;
import dev.patron.plugins.support.CustomerDefaults;
import dev.patron.plugins.support.DefaultChoice;
import dev.patron.plugins.support.DefaultField;
import dev.patron.plugins.support.ResourceProblems;

/**
 * What the shared plugin support code knows about profiles: their wording, and how a customer
 * chooses one as default — the field {@code extensions["order-profiles"].defaultProfileId},
 * mirrored in {@code order_profiles.customer_defaults}. Any active profile may be chosen.
 */
final class ProfileKind {

  static final String PLUGIN_ID = "order-profiles";
  static final ResourceProblems PROBLEMS = new ResourceProblems("profile");
  static final DefaultField FIELD = new DefaultField(PLUGIN_ID, "defaultProfileId");
  static final CustomerDefaults MIRROR = new CustomerDefaults("order_profiles", "profile_id");
  static final DefaultChoice<Profile> DEFAULTS =
      new DefaultChoice<>(PROBLEMS, new ProfileRepository(), FIELD, MIRROR, ChoiceRule.none());
  /** Recorded with each profile deleted. */
  static final String DELETED_EVENT = PLUGIN_ID + ".profile.deleted";

  private ProfileKind() {
  }
}
