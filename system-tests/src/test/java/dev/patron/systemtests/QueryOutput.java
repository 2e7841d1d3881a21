package dev.patron.systemtests;

import java.util.ArrayList;
import java.util.List;
import net.sf.jsqlparser.expression.Alias;

/** A query's result columns in order, each with whether it carries one tenant's id. */
record QueryOutput(List<String> names, List<Boolean> pinned) {

  static QueryOutput empty() {
    return new QueryOutput(new ArrayList<>(), new ArrayList<>());
  }

  void add(String name, boolean isPinned) {
    names.add(name);
    pinned.add(isPinned);
  }

  boolean pinned(String name) {
    int at = names.indexOf(name);
    return at >= 0 && pinned.get(at);
  }

  /** The same columns under an alias's column list, {@code AS v (a, b)}. */
  QueryOutput renamed(Alias alias) {
    if (alias == null || alias.getAliasColumns() == null || alias.getAliasColumns().isEmpty()) {
      return this;
    }
    QueryOutput renamed = empty();
    for (int i = 0; i < alias.getAliasColumns().size(); i++) {
      renamed.add(SqlText.name(alias.getAliasColumns().get(i).name), i < pinned.size() && pinned.get(i));
    }
    return renamed;
  }
}
