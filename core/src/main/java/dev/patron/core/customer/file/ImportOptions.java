package dev.patron.core.customer.file;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * What an import job keeps of the request that queued it, as its options: how rows match, whether
 * it is a dry run, and how to read its file again (a CSV file's charset, separator and what each
 * column holds, resolved from its header at upload).
 *
 * @param header for a CSV file, its header's names (for the rejected-rows file)
 * @param columns for a CSV file, the column path of each field in its records ({@code null}: ignored)
 */
public record ImportOptions(MatchMode match, boolean dryRun, String charset, char separator, List<String> header,
    List<String> columns) {

  public JsonObject toJson() {
    JsonObject json = new JsonObject().put("match", match.wireName()).put("dryRun", dryRun);
    if (columns != null) {
      json.put("csv", new JsonObject().put("charset", charset).put("separator", String.valueOf(separator))
          .put("header", new JsonArray(new ArrayList<>(header))).put("columns", new JsonArray(new ArrayList<>(columns))));
    }
    return json;
  }

  public static ImportOptions of(JsonObject json) {
    MatchMode match = MatchMode.of(json.getString("match"));
    JsonObject csv = json.getJsonObject("csv");
    if (csv == null) {
      return new ImportOptions(match, json.getBoolean("dryRun"), null, ',', null, null);
    }
    return new ImportOptions(match, json.getBoolean("dryRun"), csv.getString("charset"),
        csv.getString("separator").charAt(0), strings(csv.getJsonArray("header")), strings(csv.getJsonArray("columns")));
  }

  private static List<String> strings(JsonArray array) {
    List<String> strings = new ArrayList<>(array.size());
    array.forEach(value -> strings.add((String) value));
    return strings;
  }
}
