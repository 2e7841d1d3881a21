package dev.patron.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.patron.testkit.PatronClient;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.Response;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two restaurants on one deployment cannot see or touch each other's customers. */
class TenantIsolationIT {

  @RegisterExtension
  static PatronExtension patron = PatronExtension.builder().build();

  @Test
  void anotherTenantsCustomerAnswers404Everywhere() {
    PatronClient a = patron.newTenant().client();
    PatronClient b = patron.newTenant().client();
    JsonObject customer = Customers.create(a, Customers.complete().put("referenceId", "SAME-REF"));
    String path = Customers.path(customer.getString("id"));

    Response notFound = b.get(path).expect(404);
    assertEquals(a.get("/api/v1/customers/00000000-0000-0000-0000-000000000009").expect(404).json().getString("title"),
        notFound.json().getString("title"), "exactly as if it did not exist");
    b.patch(path, new JsonObject().put("company", "Hijacked")).expect(404);
    b.delete(path).expect(404);

    assertEquals(List.of(), b.get(Customers.PATH).expect(200).items());
    assertEquals(List.of(), b.get(Customers.PATH + "?q=sophie").expect(200).items());
    assertEquals(List.of(), b.get(Customers.PATH + "?referenceId=SAME-REF").expect(200).items());
    assertEquals(List.of(), b.get(Customers.PATH + "?email=sophie.mueller@example.at").expect(200).items());
    assertEquals(List.of(), b.get("/api/v1/events").expect(200).items());

    assertEquals(customer, a.get(path).expect(200).json(), "untouched by the other tenant");
  }

  @Test
  void referenceIdsAreUniquePerTenantOnly() {
    PatronClient a = patron.newTenant().client();
    PatronClient b = patron.newTenant().client();
    Customers.create(a, Customers.named("Ana", "Lee").put("referenceId", "POS-42"));
    Customers.create(b, Customers.named("Bob", "Lee").put("referenceId", "POS-42"));

    Response clash = a.post(Customers.PATH, Customers.named("Cy", "Lee").put("referenceId", "POS-42")).expect(409);
    assertEquals("https://patron.dev/problems/reference-id-taken", clash.json().getString("type"));
    assertEquals("Another customer already has referenceId 'POS-42'.", clash.json().getString("detail"));
    assertEquals(List.of("referenceId: is already used by another customer"), clash.fieldErrors());
  }

  @Test
  void updatingToATakenReferenceIdIs409() {
    PatronClient a = patron.newTenant().client();
    Customers.create(a, Customers.named("Ana", "Lee").put("referenceId", "R1"));
    String id = Customers.create(a, Customers.named("Bob", "Lee").put("referenceId", "R2")).getString("id");
    a.patch(Customers.path(id), new JsonObject().put("referenceId", "R1")).expect(409);
    assertEquals("R2", a.get(Customers.path(id)).json().getString("referenceId"));
  }
}
