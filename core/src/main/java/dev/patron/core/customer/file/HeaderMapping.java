package dev.patron.core.customer.file;

import dev.patron.api.problem.FieldError;
import dev.patron.core.customer.file.CustomerColumns.Column;
import dev.patron.kit.jobs.RejectionFiles;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What each column of a CSV file holds: by the import's explicit mapping ({@code {"Kunde Nr":
 * "referenceId", "Intern": null}}; {@code null} ignores the column) or else by the header's name
 * ({@link CustomerColumns#named}). A name it does not know is an error unless the mapping ignores
 * it, and so is a customer field two columns claim. The two columns a rejected-rows file adds
 * ({@link RejectionFiles#ADDED_COLUMNS}) are ignored.
 */
public final class HeaderMapping {

  private HeaderMapping() {
  }

  /**
   * The column path of each header name, {@code null} for one to ignore; every problem in {@code
   * errors} (on {@code header} or {@code mapping.<name>}).
   */
  public static List<String> resolve(List<String> header, JsonObject mapping, List<FieldError> errors) {
    Map<String, Object> explicit = new HashMap<>();
    if (mapping != null) {
      for (String name : mapping.fieldNames()) {
        Object target = mapping.getValue(name);
        if (target != null && !(target instanceof String)) {
          errors.add(new FieldError("mapping." + name, "must be a customer field's column (e.g. firstName,"
              + " primaryAddress.city) or null to ignore the column"));
        } else if (!header.contains(name.strip())) {
          errors.add(new FieldError("mapping." + name, "names no column of the file's header"));
        } else {
          explicit.put(name.strip(), target);
        }
      }
    }
    List<String> paths = new ArrayList<>(header.size());
    Map<String, String> claimedBy = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i);
      String path;
      if (!explicit.containsKey(name) && RejectionFiles.ADDED_COLUMNS.contains(name)) {
        // A rejected-rows file, corrected and imported again: its row numbers and errors are not customers' fields.
        path = null;
      } else if (explicit.containsKey(name)) {
        Object target = explicit.get(name);
        Optional<Column> column = target == null ? Optional.empty() : CustomerColumns.named((String) target);
        if (target != null && column.isEmpty()) {
          errors.add(new FieldError("mapping." + name, "'" + target + "' is no customer field's column"));
        }
        path = column.map(Column::path).orElse(null);
      } else {
        Optional<Column> column = CustomerColumns.named(name);
        if (column.isEmpty()) {
          errors.add(new FieldError("header", "column " + (i + 1) + " '" + name + "' is no customer field: name it"
              + " as the template does, map it to one, or map it to null to ignore it"));
        }
        path = column.map(Column::path).orElse(null);
      }
      if (path != null) {
        String before = claimedBy.putIfAbsent(path, name);
        if (before != null) {
          errors.add(new FieldError("header", "columns '" + before + "' and '" + name + "' both hold " + path));
        }
      }
      paths.add(path);
    }
    return paths;
  }
}
