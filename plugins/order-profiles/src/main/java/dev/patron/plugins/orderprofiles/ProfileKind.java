package dev.patron.plugins.orderprofiles;

import dev.patron.plugins.support.ChoiceRule;
import dev.patron.plugins.support.DefaultChoice;
import dev.patron.plugins.support.ResourceNames;
import dev.patron.plugins.support.ResourceType;

/**
 * Profiles as the shared template sees them: the routes {@code /profiles}, the table {@code
 * order_profiles.profiles}, the customer field {@code extensions["order-profiles"].defaultProfileId}
 * mirrored in {@code order_profiles.customer_defaults} (see {@link ResourceNames}). Any active
 * profile may be chosen as default.
 */
final class ProfileKind {

  static final ResourceType<ProfileDraft, Profile> TYPE = new ResourceType<>(
      new ResourceNames("order-profiles", "profiles", "profile"),
      (json, tenant) -> ProfileReader.read(json),
      new ProfileColumns(),
      Profile::new);
  static final ProfileRepository PROFILES = new ProfileRepository(TYPE);
  static final DefaultChoice<Profile> DEFAULTS = DefaultChoice.of(TYPE, PROFILES, ChoiceRule.none());

  private ProfileKind() {
  }
}
