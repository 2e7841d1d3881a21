package dev.patron.core.staff;

import dev.patron.api.tenant.StaffRole;
import dev.patron.kit.json.JsonInput;
import io.vertx.core.json.JsonObject;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Validated staff-account fields from a request; on update, {@code null} means unchanged. */
public record StaffInput(String email, String name, String language, StaffRole role, StaffState state) {

  /** The languages the back office speaks. */
  public static final Set<String> LANGUAGES = Set.of("de", "fr", "en");
  static final int EMAIL_MAX = 254;
  static final int NAME_MAX = 200;
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  /** An invitation: email and name required, language {@code en} and role STAFF unless given. */
  public static StaffInput forInvite(JsonObject body, StaffRole fixedRole) {
    JsonInput in = JsonInput.of(body);
    in.rejectReadOnly("id", "state", "version", "createdAt", "updatedAt", "password");
    String email = email(in);
    String name = in.requiredString("name", NAME_MAX);
    String language = in.has("language") ? language(in) : "en";
    StaffRole asked = in.has("role") ? in.enumValue("role", StaffRole.class) : null;
    StaffRole role = fixedRole != null ? fixedRole : asked != null ? asked : StaffRole.STAFF;
    if (fixedRole != null && asked != null && asked != fixedRole) {
      in.error("role", "must be " + fixedRole + " here");
    }
    in.rejectUnknownFields();
    in.throwIfInvalid();
    return new StaffInput(email, name, language, role, StaffState.INVITED);
  }

  /** An update: any of name, language, role and state (ACTIVE or DISABLED); the email is fixed. */
  public static StaffInput forUpdate(JsonObject body) {
    JsonInput in = JsonInput.of(body);
    in.rejectReadOnly("id", "email", "version", "createdAt", "updatedAt", "password");
    String name = in.has("name") ? in.requiredString("name", NAME_MAX) : null;
    String language = in.has("language") ? language(in) : null;
    StaffRole role = in.has("role") ? in.enumValue("role", StaffRole.class) : null;
    StaffState state = in.has("state") ? in.enumValue("state", StaffState.class) : null;
    if (state == StaffState.INVITED) {
      in.error("state", "must be ACTIVE or DISABLED; a person becomes active by taking their invitation");
    }
    in.rejectUnknownFields();
    in.throwIfInvalid();
    return new StaffInput(null, name, language, role, state);
  }

  static String email(JsonInput in) {
    String email = in.requiredString("email", EMAIL_MAX);
    if (email != null && !EMAIL.matcher(email).matches()) {
      in.error("email", "must be an email address such as anna@example.com");
      return null;
    }
    return email;
  }

  private static String language(JsonInput in) {
    String language = in.requiredString("language", 8);
    if (language != null && !LANGUAGES.contains(language.toLowerCase(Locale.ROOT))) {
      in.error("language", "must be one of de, fr, en");
      return null;
    }
    return language == null ? null : language.toLowerCase(Locale.ROOT);
  }
}
