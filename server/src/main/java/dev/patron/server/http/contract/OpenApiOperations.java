package dev.patron.server.http.contract;

import io.vertx.core.json.JsonObject;
import java.util.Set;

/** Walks the operations of an OpenAPI {@code paths} object: one place that knows what an operation is. */
public final class OpenApiOperations {

  /** The keys of a path item that are operations (the others are {@code parameters}, {@code summary} ...). */
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

  /** What is done with each operation. */
  @FunctionalInterface
  public interface Visitor {
    /**
     * @param item the path item holding the operation (for path-level {@code parameters})
     * @param method lower case, as the document spells it
     */
    void visit(String path, JsonObject item, String method, JsonObject operation);
  }

  private OpenApiOperations() {
  }

  public static void forEach(JsonObject paths, Visitor visitor) {
    paths.forEach(path -> {
      JsonObject item = (JsonObject) path.getValue();
      item.forEach(entry -> {
        if (METHODS.contains(entry.getKey())) {
          visitor.visit(path.getKey(), item, entry.getKey(), (JsonObject) entry.getValue());
        }
      });
    });
  }
}
