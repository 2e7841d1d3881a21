package dev.patron.kit.http;

import dev.patron.api.problem.FieldError;
import dev.patron.api.problem.Problems;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Query parameters of a route: a misspelt filter is a 400 naming it, not a silently ignored filter. */
public final class QueryParams {

  private QueryParams() {
  }

  /** A 400 naming every parameter not in {@code allowed}, and every one given more than once. */
  public static void only(RoutingContext rc, Set<String> allowed) {
    only(rc, allowed, Set.of());
  }

  /**
   * A 400 naming every parameter not in {@code allowed}, and every one given more than once unless
   * it is {@code repeatable}.
   */
  public static void only(RoutingContext rc, Set<String> allowed, Set<String> repeatable) {
    List<FieldError> errors = new ArrayList<>();
    for (String name : rc.queryParams().names().stream().sorted().toList()) {
      if (!allowed.contains(name)) {
        String names = allowed.isEmpty() ? "none" : String.join(", ", allowed.stream().sorted().toList());
        errors.add(new FieldError(name, "unknown query parameter; allowed: " + names));
      } else if (!repeatable.contains(name) && rc.queryParams().getAll(name).size() > 1) {
        errors.add(new FieldError(name, "must be given once"));
      }
    }
    if (!errors.isEmpty()) {
      throw Problems.validation(errors);
    }
  }

  /** An optional UUID parameter; a 400 when it is not one. */
  public static UUID uuid(RoutingContext rc, String name) {
    String raw = rc.queryParams().get(name);
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      UUID id = UUID.fromString(raw.strip());
      if (id.toString().equalsIgnoreCase(raw.strip())) {
        return id;
      }
    } catch (IllegalArgumentException ignored) {
      // reported below
    }
    throw Problems.invalidField(name, "must be an id (UUID)");
  }

  /** An optional {@code true}/{@code false} parameter, {@code false} when absent. */
  public static boolean flag(RoutingContext rc, String name) {
    String raw = rc.queryParams().get(name);
    if (raw == null || raw.equals("false")) {
      return false;
    }
    if (raw.equals("true")) {
      return true;
    }
    throw Problems.invalidField(name, "must be true or false");
  }

  /** An optional enum parameter by constant name; a 400 naming the allowed values otherwise. */
  public static <E extends Enum<E>> E enumValue(RoutingContext rc, String name, Class<E> type) {
    String raw = rc.queryParams().get(name);
    if (raw == null || raw.isBlank()) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(raw.strip())) {
        return constant;
      }
    }
    List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    throw Problems.invalidField(name, "must be one of " + String.join(", ", allowed));
  }
}
