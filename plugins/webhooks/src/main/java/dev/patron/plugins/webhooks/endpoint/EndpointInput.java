package dev.patron.plugins.webhooks.endpoint;

import dev.patron.kit.json.JsonInput;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * An endpoint as a client sends it, checked: the URL's form ({@link EndpointUrl}; where it resolves
 * is checked next, by the SSRF guard), the event types, a description and the enabled flag. For a
 * change, absent fields stay as they are.
 */
public record EndpointInput(Optional<EndpointUrl> url, Optional<List<String>> eventTypes,
    Optional<String> description, boolean descriptionGiven, Optional<Boolean> enabled) {

  public static final int MAX_DESCRIPTION = 500;
  private static final String[] READ_ONLY = {"id", "version", "createdAt", "updatedAt", "disabledReason", "disabledAt",
      "failingSince", "previousSecretExpiresAt", "secret"};

  public static EndpointInput forCreate(JsonObject body, boolean allowHttp) {
    return read(body, allowHttp, true);
  }

  public static EndpointInput forChange(JsonObject body, boolean allowHttp) {
    return read(body, allowHttp, false);
  }

  private static EndpointInput read(JsonObject body, boolean allowHttp, boolean creating) {
    JsonInput input = JsonInput.of(body).rejectReadOnly(READ_ONLY);
    String urlText = creating ? input.requiredString("url", EndpointUrl.MAX_LENGTH + 1) : input.string("url",
        EndpointUrl.MAX_LENGTH + 1);
    EndpointUrl url = null;
    if (urlText != null) {
      EndpointUrl.Result parsed = EndpointUrl.parse(urlText, allowHttp);
      if (parsed.url().isEmpty()) {
        input.error("url", parsed.problem());
      } else {
        url = parsed.url().get();
      }
    } else if (!creating && body.containsKey("url")) {
      input.error("url", "must not be blank");
    }
    List<String> types = eventTypes(input, creating || body.containsKey("eventTypes"));
    String description = input.string("description", MAX_DESCRIPTION);
    Boolean enabled = input.bool("enabled");
    input.rejectUnknownFields().throwIfInvalid();
    return new EndpointInput(Optional.ofNullable(url), Optional.ofNullable(types), Optional.ofNullable(description),
        body.containsKey("description"), Optional.ofNullable(creating && enabled == null ? Boolean.TRUE : enabled));
  }

  private static List<String> eventTypes(JsonInput input, boolean required) {
    JsonArray array = input.array("eventTypes", EventTypeFilter.MAX_ENTRIES);
    if (array == null) {
      if (required && input.errors().stream().noneMatch(e -> e.field().equals("eventTypes"))) {
        input.error("eventTypes", "must list the event types to receive, such as [\"customer.*\"] or [\"*\"]");
      }
      return null;
    }
    if (array.isEmpty()) {
      input.error("eventTypes", "must list at least one event type, such as customer.* or *");
      return null;
    }
    LinkedHashSet<String> types = new LinkedHashSet<>();
    boolean valid = true;
    for (int i = 0; i < array.size(); i++) {
      Object entry = array.getValue(i);
      String problem = entry instanceof String text ? EventTypeFilter.problemWith(text) : "must be a string";
      if (problem != null) {
        input.error("eventTypes[" + i + "]", problem);
        valid = false;
      } else {
        types.add((String) entry);
      }
    }
    return valid ? new ArrayList<>(types) : null;
  }
}
