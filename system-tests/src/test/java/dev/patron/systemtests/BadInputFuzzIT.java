package dev.patron.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.RawHttp;
import dev.patron.testkit.contract.ContractChecks;
import dev.patron.testkit.contract.Exchange;
import dev.patron.testkit.contract.OpenApiContract;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Thousands of generated bad requests ({@link BadRequests}) across every operation of the merged
 * API document, the core's and every bundled plugin's. Each must be refused with a 4xx that is a
 * problem document described by the document, none may be a 5xx, and afterwards the restaurant's
 * data and events must be exactly as before. A new route is covered as soon as it is documented.
 */
class BadInputFuzzIT {

  private static final long SEED = Long.getLong("patron.fuzz.seed", 20261201L);

  @RegisterExtension
  static PatronExtension patron = Bundled.everyPluginEnabled().isolated().build();

  @Test
  void everyBadRequestIsRefusedCleanlyAndWritesNothing() {
    URI base = patron.server().baseUri();
    Seeds seeds = Seeds.plant(patron);
    JsonObject document = new JsonObject(patron.server().anonymous().get("/api/v1/openapi.json").expect(200).body());
    OpenApiContract contract = ContractChecks.contract(base);
    BadRequests generator = new BadRequests(document, contract, seeds, SEED);
    List<Probe> probes = generator.all();
    Map<String, String> before = Snapshot.of(seeds.tenant().client(), patron.admin(), seeds);

    List<String> failures = new ArrayList<>();
    Map<Integer, Integer> statuses = new TreeMap<>();
    for (Probe probe : probes) {
      RawHttp.Reply reply = RawHttp.send(base, probe.wire());
      statuses.merge(reply.status(), 1, Integer::sum);
      String failure = judge(contract, probe, reply);
      if (failure != null && failures.size() < 50) {
        failures.add(failure);
      }
    }
    Map<String, String> after = Snapshot.of(seeds.tenant().client(), patron.admin(), seeds);

    System.out.printf("Fuzzed %d operations with %d bad requests (seed %d): %s; answers by status: %s%n",
        generator.operations(), probes.size(), SEED, generator.counts(), statuses);
    assertTrue(probes.size() >= 3000, "only " + probes.size() + " probes");
    assertTrue(failures.isEmpty(), failures.size() + " bad requests were not refused cleanly:\n" + String.join("\n", failures));
    before.forEach((path, state) -> assertEquals(state, after.get(path), "a bad request changed " + path));
    assertTrue(patron.server().isAlive());
  }

  /** Why the reply is wrong for this probe, or {@code null} when it is a clean refusal. */
  private static String judge(OpenApiContract contract, Probe probe, RawHttp.Reply reply) {
    int status = reply.status();
    if (status < 400 || status >= 500) {
      return status + " for " + probe + ": " + shorten(reply.body());
    }
    if (!"application/problem+json".equals(reply.contentType())) {
      return status + " without problem details (" + reply.contentType() + ") for " + probe;
    }
    JsonObject problem;
    try {
      problem = new JsonObject(reply.body());
    } catch (RuntimeException e) {
      return status + " with a body that is not JSON for " + probe;
    }
    if (problem.getInteger("status", -1) != status || problem.getString("type") == null) {
      return status + " with an incomplete problem " + shorten(reply.body()) + " for " + probe;
    }
    String path = probe.target().split("\\?")[0];
    List<String> violations = contract.violations(new Exchange(probe.method(), path, probe.headers(), null, status,
        reply.contentType(), reply.body().getBytes(StandardCharsets.UTF_8)));
    return violations.isEmpty() ? null : "undocumented answer for " + probe + ": " + violations;
  }

  private static String shorten(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "..." : text;
  }
}
