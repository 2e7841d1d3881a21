package dev.patron.systemtests;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sf.jsqlparser.schema.Column;

/** One query's relations, inside the queries that enclose it (whose columns it may use). */
record QueryScope(QueryScope outer, Map<String, QueryOutput> ctes, Map<String, QueryRelation> relations) {

  QueryScope(QueryScope outer, Map<String, QueryOutput> ctes) {
    this(outer, ctes, new LinkedHashMap<>());
  }

  /** The relation and column a column reference means, or null. */
  Pin resolve(Column column) {
    String name = SqlText.name(column.getColumnName());
    String table = column.getTable() == null || column.getTable().getName() == null ? null
        : SqlText.name(column.getTable().getName());
    for (QueryScope scope = this; scope != null; scope = scope.outer) {
      if (table != null && scope.relations.containsKey(table)) {
        return new Pin(scope.relations.get(table), name);
      }
      if (table == null) {
        List<QueryRelation> having = scope.relations.values().stream().filter(r -> r.has(name)).toList();
        if (having.size() == 1) {
          return new Pin(having.get(0), name);
        }
      }
    }
    return null;
  }

  String state() {
    StringBuilder state = new StringBuilder();
    relations.values().forEach(r -> state.append(r.state()));
    return state.toString();
  }

  /** A column of a relation. */
  record Pin(QueryRelation relation, String column) {
  }
}
