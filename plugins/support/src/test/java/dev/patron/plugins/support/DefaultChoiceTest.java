package dev.patron.plugins.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.patron.api.problem.ProblemException;
import io.vertx.sqlclient.Row;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DefaultChoiceTest {

  private record Thing(UUID id, String code, long version, boolean active) implements DefaultableResource {
  }

  private static final class Things extends ResourceTable<Thing> {
    Things() {
      super("things_plugin", "things", "id, code, version, active");
    }

    @Override
    protected Thing map(Row row) {
      throw new UnsupportedOperationException();
    }
  }

  private static DefaultChoice<Thing> choice(ChoiceRule<Thing> rule) {
    return new DefaultChoice<>(new ResourceProblems("thing"), new Things(),
        new DefaultField("things", "defaultThingId"), new CustomerDefaults("things_plugin", "thing_id"), rule);
  }

  private static String refusal(DefaultChoice<Thing> choice, Thing thing) {
    ProblemException problem = assertThrows(ProblemException.class, () -> choice.choosable(thing, "reassignTo"));
    assertEquals(400, problem.problem().status());
    return problem.problem().errors().stream().map(e -> e.field() + ": " + e.message()).findFirst().orElseThrow();
  }

  @Test
  void anActiveResourceOfTheRestaurantMayBeChosen() {
    Thing thing = new Thing(UUID.randomUUID(), "GOOD", 1, true);
    assertSame(thing, choice(ChoiceRule.none()).choosable(thing, "reassignTo"));
  }

  @Test
  void saysWhyAResourceMayNotBeChosen() {
    DefaultChoice<Thing> choice = choice(t -> t.code().startsWith("OLD") ? "is the thing " + t.code() + ", which has expired" : null);
    assertEquals("reassignTo: is not a thing of this restaurant", refusal(choice, null));
    assertEquals("reassignTo: is the inactive thing OLD1; choose an active one",
        refusal(choice, new Thing(UUID.randomUUID(), "OLD1", 1, false)), "inactive is checked first");
    assertEquals("reassignTo: is the thing OLD2, which has expired",
        refusal(choice, new Thing(UUID.randomUUID(), "OLD2", 1, true)));
  }
}
