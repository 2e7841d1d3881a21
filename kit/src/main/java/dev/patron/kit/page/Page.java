package dev.patron.kit.page;

import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.function.Function;

/** One page of a keyset-paginated list; {@code nextCursor} is {@code null} on the last page. */
public record Page<T>(List<T> items, String nextCursor) {

  /**
   * Builds a page from up to {@code limit + 1} fetched items: the extra item only proves there is a
   * next page, whose cursor is the position of the last item kept.
   */
  public static <T> Page<T> of(List<T> fetched, int limit, Function<T, JsonObject> position) {
    if (fetched.size() <= limit) {
      return new Page<>(List.copyOf(fetched), null);
    }
    List<T> items = List.copyOf(fetched.subList(0, limit));
    return new Page<>(items, PageRequest.encode(position.apply(items.get(limit - 1))));
  }

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), nextCursor);
  }
}
